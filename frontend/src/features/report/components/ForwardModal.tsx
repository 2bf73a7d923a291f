import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { OrganizationSelect } from '@/features/organization';
import { fieldsNamed } from '@/lib/form-errors';
import { useForwardMatter } from '../api/major-matters';
import type { MajorMatter } from '../api/types';
import { showReportProblem } from './problems';

interface Values {
  recipientOrganizationId: number;
  note?: string;
}

/** 转报上级: the current recipient sends the matter on to one of its own superiors; the thread stays one. */
export function ForwardModal({ matter, onClose }: { matter: MajorMatter; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const forward = useForwardMatter();

  async function submit(values: Values) {
    try {
      await forward.mutateAsync({
        matter,
        recipientOrganizationId: values.recipientOrganizationId,
        note: values.note?.trim() || undefined,
      });
      void message.success(t('report.matter.detail.forwarded'));
      onClose();
    } catch (error) {
      showReportProblem(error, message, form, fieldsNamed('recipientOrganizationId', 'note'));
    }
  }

  return (
    <FormModal<Values>
      form={form}
      title={t('report.matter.detail.forwardTitle')}
      okText={t('report.matter.detail.forward')}
      pending={forward.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="forward-matter"
      testId="forward-matter-form"
      intro={
        <Typography.Paragraph type="secondary">{t('report.matter.detail.forwardHint')}</Typography.Paragraph>
      }
    >
      <Form.Item
        name="recipientOrganizationId"
        label={t('report.matter.detail.forwardTo')}
        rules={[{ required: true, message: t('report.matter.detail.forwardRequired') }]}
      >
        <OrganizationSelect excludeIds={matter.recipients.map((recipient) => recipient.organizationId)} />
      </Form.Item>
      <Form.Item name="note" label={t('report.matter.detail.forwardNote')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
