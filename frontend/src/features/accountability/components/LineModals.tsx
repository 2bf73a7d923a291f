import { App, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { fieldsNamed } from '@/lib/form-errors';
import { useAddStatement, useEditLine } from '../api/cases';
import { RESPONSIBILITIES, type AccountabilityCase, type Line } from '../api/types';
import { editLinePayload, type EditLineValues } from './payloads';
import { showAccountabilityProblem } from './problems';

interface Props {
  c: AccountabilityCase;
  line: Line;
  onClose: () => void;
}

/** Changes one proposed line; the reason is required and kept with the line. */
export function LineEditModal({ c, line, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditLineValues>();
  const edit = useEditLine();
  const exempt = Form.useWatch('exempt', form);

  async function submit(values: EditLineValues) {
    try {
      await edit.mutateAsync({ caseId: c.id, lineId: line.id, body: editLinePayload(c, values) });
      void message.success(t('accountability.action.done'));
      onClose();
    } catch (error) {
      showAccountabilityProblem(error, message, form, fieldsNamed('responsibility', 'exempt', 'reason'));
    }
  }

  return (
    <FormModal<EditLineValues>
      form={form}
      title={t('accountability.edit.title', { name: line.personName })}
      pending={edit.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="lineEdit"
      testId="line-edit-form"
      initialValues={{ responsibility: line.responsibility, exempt: line.exempt, reason: '' }}
    >
      <Form.Item name="responsibility" label={t('accountability.line.responsibility')}>
        <Select
          disabled={!!exempt}
          options={RESPONSIBILITIES.map((value) => ({
            value,
            label: t(`accountability.responsibility.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="exempt" valuePropName="checked" extra={t('accountability.edit.exemptHint')}>
        <Checkbox>{t('accountability.line.exempt')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('accountability.edit.reason')}
        rules={[{ required: true, whitespace: true, message: t('accountability.required.reason') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** The named person's 申辩 on their own line. */
export function StatementModal({ c, line, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const add = useAddStatement();

  async function submit(values: { text: string }) {
    try {
      await add.mutateAsync({ caseId: c.id, lineId: line.id, text: values.text.trim() });
      void message.success(t('accountability.action.done'));
      onClose();
    } catch (error) {
      showAccountabilityProblem(error, message, form, fieldsNamed('text'));
    }
  }

  return (
    <FormModal<{ text: string }>
      form={form}
      title={t('accountability.statement.title')}
      pending={add.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="statement"
      testId="statement-form"
      initialValues={{ text: line.statement?.text ?? '' }}
      intro={
        <Typography.Paragraph type="secondary">{t('accountability.statement.hint')}</Typography.Paragraph>
      }
    >
      <Form.Item
        name="text"
        label={t('accountability.statement.text')}
        rules={[{ required: true, whitespace: true, message: t('accountability.required.statement') }]}
      >
        <Input.TextArea rows={5} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
