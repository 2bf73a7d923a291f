import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '@/components/ReasonModal';
import type { Channel } from '@/lib/api-types';
import { useCloseChannel } from '../api/close-channel';

interface Props {
  channel: Channel;
  onClose: () => void;
  onClosed: (saved: Channel) => void;
}

/** Closing needs the day and the reason: the register keeps both. */
export function CloseChannelModal({ channel, onClose, onClosed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useCloseChannel();
  const required = (field: string) => t('channel.form.required', { field: t(field) });

  return (
    <ReasonModal
      title={t('channel.form.closeTitle', { name: channel.name })}
      okText={t('channel.action.close')}
      danger
      hint={t('channel.form.closeHint')}
      name="close-channel"
      testId="channel-close-form"
      date={{
        field: 'closedOn',
        label: t('channel.field.closedOn'),
        requiredMessage: required('channel.field.closedOn'),
      }}
      reason={{
        label: t('channel.field.closeReason'),
        requiredMessage: required('channel.field.closeReason'),
      }}
      pending={close.isPending}
      onCancel={onClose}
      onSubmit={async ({ date, reason }) => {
        const saved = await close.mutateAsync({
          id: channel.id,
          body: { version: channel.version, closedOn: date!, reason: reason! },
        });
        void message.success(t('channel.form.closed', { name: saved.name }));
        onClosed(saved);
      }}
    />
  );
}
