import { App, Button, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { MEMBERSHIP_ROLES as ROLES, type MembershipRole, type Person } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useCreatePerson } from '../api/create-person';
import { useUpdatePerson } from '../api/update-person';

interface Values {
  name: string;
  post?: string | null;
  phone?: string | null;
  email?: string | null;
  externalId?: string | null;
  username?: string | null;
  active: boolean;
  /** Create only: the first membership (staff may create people only inside their scope). */
  organizationId?: number;
  role?: MembershipRole;
}

const FIELDS = ['name', 'post', 'phone', 'email', 'externalId', 'username', 'active', 'organizationId'];

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

interface Props {
  person?: Person;
  readOnly?: boolean;
  onSaved: (person: Person) => void;
}

/** Creates a person (no `person`) or edits one (sends its version). */
export function PersonForm({ person, readOnly, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson();
  const { isAdmin } = useAccess();
  const update = useUpdatePerson();

  async function save(values: Values) {
    const optional = (value: string | null | undefined) =>
      // on update an empty string clears a field; left out, it would stay as it is
      person ? (value?.trim() ?? '') : blankToUndefined(value);
    const fields = {
      name: values.name.trim(),
      post: optional(values.post),
      phone: optional(values.phone),
      email: optional(values.email),
      externalId: optional(values.externalId),
      username: optional(values.username),
      active: values.active,
    };
    try {
      const saved = person
        ? await update.mutateAsync({ id: person.id, body: { version: person.version, ...fields } })
        : await create.mutateAsync({
            ...fields,
            memberships: values.organizationId
              ? [{ organizationId: values.organizationId, role: values.role ?? 'STAFF', primary: true }]
              : undefined,
          });
      void message.success(t(person ? 'person.form.updated' : 'person.form.created', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      showProblem(error, message, form, fieldsNamed(...FIELDS), { memberships: 'organizationId' });
    }
  }

  const initialValues: Partial<Values> = person
    ? {
        name: person.name,
        post: person.post,
        phone: person.phone,
        email: person.email,
        externalId: person.externalId,
        username: person.username,
        active: person.active,
      }
    : { active: true, role: 'STAFF' };

  return (
    <Form<Values>
      key={person ? `${person.id}:${person.version}` : 'new'}
      form={form}
      name="person"
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly}
      onFinish={save}
      style={{ maxWidth: 560 }}
    >
      <Form.Item
        name="name"
        label={t('person.field.name')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('person.form.required', { field: t('person.field.name') }),
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="post" label={t('person.field.post')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('person.field.phone')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="email" label={t('person.field.email')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="username"
        label={t('person.field.username')}
        extra={isAdmin ? undefined : t('person.form.usernameAdminOnly')}
      >
        <Input autoComplete="off" disabled={!isAdmin} />
      </Form.Item>
      <Form.Item name="externalId" label={t('person.field.externalId')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="active" label={t('person.field.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {!person && (
        <>
          <Form.Item
            name="organizationId"
            label={t('person.membership.organization')}
            rules={[
              {
                required: !isAdmin,
                message: t('person.form.required', { field: t('person.membership.organization') }),
              },
            ]}
          >
            <OrganizationSelect />
          </Form.Item>
          <Form.Item name="role" label={t('person.membership.role')}>
            <Select
              options={ROLES.map((role) => ({ value: role, label: t(`person.membership.role_${role}`) }))}
            />
          </Form.Item>
        </>
      )}
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
