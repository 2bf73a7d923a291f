import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  form: FormInstance<V>;
  title: ReactNode;
  /** The button's text; "保存" when not given. */
  okText?: string;
  /** A step that cannot be undone shows a red button. */
  danger?: boolean;
  pending: boolean;
  onCancel: () => void;
  onFinish: (values: V) => unknown;
  /** The form's name (its fields' ids start with it). */
  name?: string;
  testId?: string;
  initialValues?: Partial<V>;
  width?: number;
  /** Shown above the form: a hint or a warning. */
  intro?: ReactNode;
  children: ReactNode;
}

/** A dialog that is one vertical form: OK submits it, the fields are dropped on close. */
export function FormModal<V extends object>({
  form,
  title,
  okText,
  danger,
  pending,
  onCancel,
  onFinish,
  name,
  testId,
  initialValues,
  width,
  intro,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {intro}
      <Form<V>
        form={form}
        layout="vertical"
        name={name}
        data-testid={testId}
        initialValues={initialValues}
        onFinish={onFinish}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
