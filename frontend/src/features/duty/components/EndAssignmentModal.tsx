import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DutyAssignment } from '@/lib/api-types';
import { toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useEndDuty } from '../api/end-duty';
import { periodText } from './describe';

interface Values {
  validTo: Dayjs;
  reason?: string;
}

interface Props {
  assignment: DutyAssignment;
  onClose: () => void;
  onEnded: (saved: DutyAssignment) => void;
}

/** Ends a duty: the last day held (inclusive); the entry stays in the ledger. */
export function EndAssignmentModal({ assignment, onClose, onEnded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const end = useEndDuty();

  async function submit(values: Values) {
    try {
      const saved = await end.mutateAsync({
        id: assignment.id,
        body: {
          version: assignment.version,
          validTo: toApiDate(values.validTo),
          reason: values.reason?.trim() || undefined,
        },
      });
      void message.success(t('duty.form.ended', { name: saved.person.name }));
      onEnded(saved);
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('validTo', 'reason'));
    }
  }

  return (
    <Modal
      open
      title={t('duty.form.endTitle', {
        name: assignment.person.name,
        role: t(`duty.role.${assignment.role}`),
      })}
      okText={t('duty.action.end')}
      cancelText={t('common.cancel')}
      confirmLoading={end.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {periodText(assignment.validFrom, assignment.validTo, t)}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="end-duty"
        initialValues={{ validTo: dayjs() }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="validTo"
          label={t('duty.field.lastDay')}
          rules={[{ required: true, message: t('duty.form.required', { field: t('duty.field.lastDay') }) }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="reason" label={t('duty.field.endReason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
