import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@/lib/api-types';
import { toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useCloseChannel } from '../api/close-channel';

interface Values {
  closedOn: Dayjs;
  reason: string;
}

interface Props {
  channel: Channel;
  onClose: () => void;
  onClosed: (saved: Channel) => void;
}

/** Closing needs the day and the reason: the register keeps both. */
export function CloseChannelModal({ channel, onClose, onClosed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const close = useCloseChannel();

  async function submit(values: Values) {
    try {
      const saved = await close.mutateAsync({
        id: channel.id,
        body: {
          version: channel.version,
          closedOn: toApiDate(values.closedOn),
          reason: values.reason.trim(),
        },
      });
      void message.success(t('channel.form.closed', { name: saved.name }));
      onClosed(saved);
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('closedOn', 'reason'));
    }
  }

  return (
    <Modal
      open
      title={t('channel.form.closeTitle', { name: channel.name })}
      okText={t('channel.action.close')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={close.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('channel.form.closeHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="close-channel"
        data-testid="channel-close-form"
        initialValues={{ closedOn: dayjs() }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="closedOn"
          label={t('channel.field.closedOn')}
          rules={[
            { required: true, message: t('channel.form.required', { field: t('channel.field.closedOn') }) },
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('channel.field.closeReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('channel.form.required', { field: t('channel.field.closeReason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
