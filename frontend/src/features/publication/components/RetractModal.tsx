import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '@/components/ReasonModal';
import type { Publication } from '@/lib/api-types';
import { useRetractPublication } from '../api/retract-publication';

/** Retracting a published item needs a reason: the trace keeps it. */
export function RetractModal({ publication, onClose }: { publication: Publication; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retract = useRetractPublication();

  return (
    <ReasonModal
      title={t('publication.action.retractTitle', { title: publication.title })}
      okText={t('publication.action.retract')}
      danger
      hint={t('publication.action.retractHint')}
      name="retract"
      testId="retract-form"
      reason={{
        label: t('publication.field.retractReason'),
        requiredMessage: t('publication.action.reasonRequired'),
      }}
      pending={retract.isPending}
      onCancel={onClose}
      onSubmit={async ({ reason }) => {
        await retract.mutateAsync({
          id: publication.id,
          body: { version: publication.version, reason: reason! },
        });
        void message.success(t('publication.action.retracted'));
        onClose();
      }}
    />
  );
}
