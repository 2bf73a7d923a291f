import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Publication } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useRetractPublication } from '../api/retract-publication';

interface Values {
  reason: string;
}

/** Retracting a published item needs a reason: the trace keeps it. */
export function RetractModal({ publication, onClose }: { publication: Publication; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const retract = useRetractPublication();

  async function submit(values: Values) {
    try {
      await retract.mutateAsync({
        id: publication.id,
        body: { version: publication.version, reason: values.reason.trim() },
      });
      void message.success(t('publication.action.retracted'));
      onClose();
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('reason'));
    }
  }

  return (
    <Modal
      open
      title={t('publication.action.retractTitle', { title: publication.title })}
      okText={t('publication.action.retract')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={retract.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('publication.action.retractHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="retract" data-testid="retract-form" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('publication.field.retractReason')}
          rules={[{ required: true, whitespace: true, message: t('publication.action.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
