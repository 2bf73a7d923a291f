import { App, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { FormModal } from './FormModal';

/** What the user entered: the day in the API's form, the reason trimmed (undefined when blank). */
export interface ReasonValues {
  date?: string;
  reason?: string;
}

interface Props {
  title: string;
  okText: string;
  /** A step that cannot be undone (closing, retracting) shows a red button. */
  danger?: boolean;
  /** The line above the form: what the step keeps. */
  hint: ReactNode;
  /** The form's name (its fields' ids start with it). */
  name: string;
  testId?: string;
  /** A day to ask for (today at first); `field` is the API's name for it, so its errors land there. */
  date?: { field: string; label: string; requiredMessage: string };
  /** `requiredMessage` makes the reason required. */
  reason: { label: string; requiredMessage?: string; rows?: number };
  pending: boolean;
  onCancel: () => void;
  /** Sends the step; a failure is shown next to the fields it names, or as a message. */
  onSubmit: (values: ReasonValues) => Promise<unknown>;
}

/** A step the record keeps with a reason (and a day): close a channel, end a duty, retract an item. */
export function ReasonModal({
  title,
  okText,
  danger,
  hint,
  name,
  testId,
  date,
  reason,
  pending,
  onCancel,
  onSubmit,
}: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, Dayjs | string | undefined>>();
  const dateField = date?.field ?? 'date';

  async function submit(values: Record<string, Dayjs | string | undefined>) {
    const day = values[dateField] as Dayjs | undefined;
    const text = (values.reason as string | undefined)?.trim();
    try {
      await onSubmit({ date: date && day ? toApiDate(day) : undefined, reason: text || undefined });
    } catch (error) {
      showProblem(error, message, form, fieldsNamed(dateField, 'reason'));
    }
  }

  return (
    <FormModal
      form={form}
      title={title}
      okText={okText}
      danger={danger}
      pending={pending}
      onCancel={onCancel}
      onFinish={submit}
      name={name}
      testId={testId}
      initialValues={date ? { [dateField]: dayjs() } : undefined}
      intro={<Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
    >
      {date && (
        <Form.Item
          name={dateField}
          label={date.label}
          rules={[{ required: true, message: date.requiredMessage }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={reason.label}
        rules={
          reason.requiredMessage
            ? [{ required: true, whitespace: true, message: reason.requiredMessage }]
            : undefined
        }
      >
        <Input.TextArea rows={reason.rows ?? 3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
