import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { FormModal } from '@/components/FormModal';
import { useTranslation } from 'react-i18next';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';
import { useCreateWebhookSubscription, useUpdateWebhookSubscription } from '../api/save-webhook-subscription';
import { webhookKeys } from '../api/keys';
import type { WebhookSubscription } from '../api/types';
import { EVENT_TYPE_PATTERN } from '../event-types';
import { EventTypeSelect } from './EventTypeSelect';

export type WebhookFormMode = { kind: 'create' } | { kind: 'edit'; subscription: WebhookSubscription };

interface Values {
  url: string;
  eventTypes: string[];
  organizationId?: number;
  description?: string | null;
}

interface Props {
  mode: WebhookFormMode;
  onClose: () => void;
  /** The saved subscription; after a create it holds the secret. */
  onSaved: (saved: WebhookSubscription) => void;
}

const FIELDS = fieldsNamed('url', 'eventTypes', 'organizationId', 'description');

export function WebhookFormModal({ mode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const access = useAccess();
  const [form] = Form.useForm<Values>();
  const create = useCreateWebhookSubscription();
  const update = useUpdateWebhookSubscription();
  const editing = mode.kind === 'edit' ? mode.subscription : null;

  const initialValues: Partial<Values> = editing
    ? { url: editing.url, eventTypes: editing.eventTypes, description: editing.description }
    : { eventTypes: [] };

  async function save(values: Values) {
    try {
      const description = values.description?.trim() ?? '';
      const saved = editing
        ? await update.mutateAsync({
            id: editing.id,
            // an empty description clears it
            body: {
              version: editing.version,
              url: values.url.trim(),
              eventTypes: values.eventTypes,
              description,
            },
          })
        : await create.mutateAsync({
            url: values.url.trim(),
            eventTypes: values.eventTypes,
            organizationId: values.organizationId,
            description: description || undefined,
          });
      void message.success(t(editing ? 'integration.form.updated' : 'integration.form.created'));
      onSaved(saved);
    } catch (error) {
      if (isApiProblem(error) && error.isVersionConflict) {
        void message.error(t('integration.versionConflict'));
        void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
        return;
      }
      // eventTypes[2] → the one select that edits the whole list
      showProblem(error, message, form, FIELDS, { eventTypes: 'eventTypes' });
    }
  }

  return (
    <FormModal<Values>
      form={form}
      title={editing ? t('integration.form.editTitle') : t('integration.form.createTitle')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      onFinish={save}
      name="webhook"
      initialValues={initialValues}
      width={640}
    >
      <Form.Item
        name="url"
        label={t('integration.field.url')}
        extra={t('integration.help.url')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('integration.form.required', { field: t('integration.field.url') }),
          },
          { pattern: /^\s*https?:\/\/\S+$/i, message: t('integration.form.badUrl') },
        ]}
      >
        {/* not an example host: one that does not resolve would fail its own check */}
        <Input autoComplete="off" placeholder={t('integration.placeholder.url')} />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('integration.field.eventTypes')}
        extra={t('integration.help.eventTypes')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('integration.form.requiredEventTypes') },
          {
            validator: async (_, value: string[] | undefined) => {
              const bad = (value ?? []).find((pattern) => !EVENT_TYPE_PATTERN.test(pattern));
              if (bad) throw new Error(t('integration.form.badPattern', { pattern: bad }));
            },
          },
        ]}
      >
        <EventTypeSelect />
      </Form.Item>
      {!editing && (
        <Form.Item
          name="organizationId"
          label={t('integration.field.organization')}
          extra={t('integration.help.organization')}
          // only administrators subscribe to every organization
          rules={
            access.isAdmin
              ? []
              : [
                  {
                    required: true,
                    message: t('integration.form.required', { field: t('integration.field.organization') }),
                  },
                ]
          }
        >
          <OrganizationSelect placeholder={t('integration.placeholder.organization')} />
        </Form.Item>
      )}
      <Form.Item name="description" label={t('integration.field.description')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
