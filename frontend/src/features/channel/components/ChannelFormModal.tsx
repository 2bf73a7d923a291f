import { App, DatePicker, Form, Input, Select } from 'antd';
import { FormModal } from '@/components/FormModal';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import { CHANNEL_TYPES, type Channel, type ChannelStatus, type ChannelType } from '@/lib/api-types';
import { fromApiDate, toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useCreateChannel } from '../api/create-channel';
import { useUpdateChannel } from '../api/update-channel';

export type ChannelFormMode =
  | { kind: 'create'; organization?: { id: number; name: string; code?: string } }
  | { kind: 'edit'; channel: Channel };

interface Values {
  organizationId?: number;
  type: ChannelType;
  name: string;
  url?: string | null;
  accountId?: string | null;
  status: ChannelStatus;
  launchedOn?: Dayjs | null;
  description?: string | null;
}

interface Props {
  mode: ChannelFormMode;
  onClose: () => void;
  onSaved: (saved: Channel) => void;
}

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function ChannelFormModal({ mode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const editing = mode.kind === 'edit' ? mode.channel : null;
  // Only a pending channel changes status here (its launch); closing has its own form.
  const statusChoices: ChannelStatus[] =
    editing && editing.status !== 'PENDING_LAUNCH' ? [editing.status] : ['PENDING_LAUNCH', 'ACTIVE'];

  const initialValues: Partial<Values> = editing
    ? {
        type: editing.type,
        name: editing.name,
        url: editing.url,
        accountId: editing.accountId,
        status: editing.status,
        launchedOn: fromApiDate(editing.launchedOn),
        description: editing.description,
      }
    : { organizationId: mode.kind === 'create' ? mode.organization?.id : undefined, status: 'ACTIVE' };

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('channel.form.required', { field: t(field) }) },
  ];

  async function save(values: Values) {
    try {
      const saved = editing
        ? await update.mutateAsync({
            id: editing.id,
            body: {
              version: editing.version,
              type: values.type,
              name: values.name.trim(),
              // an empty string clears a text field
              url: values.url?.trim() ?? '',
              accountId: values.accountId?.trim() ?? '',
              description: values.description?.trim() ?? '',
              status: values.status !== editing.status ? values.status : undefined,
              launchedOn: values.launchedOn ? toApiDate(values.launchedOn) : undefined,
            },
          })
        : await create.mutateAsync({
            organizationId: values.organizationId!,
            type: values.type,
            name: values.name.trim(),
            url: blankToUndefined(values.url),
            accountId: blankToUndefined(values.accountId),
            status: values.status,
            launchedOn: values.launchedOn ? toApiDate(values.launchedOn) : undefined,
            description: blankToUndefined(values.description),
          });
      void message.success(
        t(editing ? 'channel.form.updated' : 'channel.form.created', { name: saved.name }),
      );
      onSaved(saved);
    } catch (error) {
      showProblem(
        error,
        message,
        form,
        fieldsNamed(
          'organizationId',
          'type',
          'name',
          'url',
          'accountId',
          'status',
          'launchedOn',
          'description',
        ),
      );
    }
  }

  return (
    <FormModal<Values>
      form={form}
      title={editing ? t('channel.form.editTitle', { name: editing.name }) : t('channel.form.createTitle')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      onFinish={save}
      name="channel"
      initialValues={initialValues}
    >
      {!editing && (
        <Form.Item
          name="organizationId"
          label={t('channel.field.organization')}
          rules={[
            {
              required: true,
              message: t('channel.form.required', { field: t('channel.field.organization') }),
            },
          ]}
        >
          <OrganizationSelect initialOption={mode.kind === 'create' ? (mode.organization ?? null) : null} />
        </Form.Item>
      )}
      <Form.Item
        name="type"
        label={t('channel.field.type')}
        rules={[{ required: true, message: t('channel.form.required', { field: t('channel.field.type') }) }]}
      >
        <Select options={CHANNEL_TYPES.map((type) => ({ value: type, label: t(`channel.type.${type}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('channel.field.name')} rules={required('channel.field.name')}>
        <Input autoComplete="off" placeholder={t('channel.form.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="url" label={t('channel.field.url')}>
        <Input autoComplete="off" placeholder="https://" />
      </Form.Item>
      <Form.Item name="accountId" label={t('channel.field.accountId')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="status" label={t('channel.field.status')}>
        <Select
          disabled={statusChoices.length === 1}
          options={statusChoices.map((status) => ({ value: status, label: t(`channel.status.${status}`) }))}
        />
      </Form.Item>
      <Form.Item name="launchedOn" label={t('channel.field.launchedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label={t('channel.field.description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
