import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import { MEMBERSHIP_ROLES as ROLES, type MembershipRole, type Person } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { usePutMemberships } from '../api/put-memberships';

interface Row {
  organizationId?: number;
  role: MembershipRole;
  primary: boolean;
}

interface Values {
  memberships: Row[];
}

/** One radio per row; choosing it makes that row the only primary one. */
function PrimaryRadio({
  checked,
  label,
  onSelect,
}: {
  checked?: boolean;
  label: string;
  onSelect: () => void;
}) {
  return (
    <Radio style={{ marginTop: 6 }} checked={!!checked} onChange={onSelect}>
      {label}
    </Radio>
  );
}

interface Props {
  person: Person;
  readOnly?: boolean;
  onSaved?: (person: Person) => void;
}

/** Edits which organizations a person belongs to, as what, and which one is primary (PUT with version). */
export function MembershipEditor({ person, readOnly, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = usePutMemberships();
  const known = new Map(
    person.memberships.map((m) => [
      m.organizationId,
      { id: m.organizationId, name: m.organizationName, code: m.organizationCode },
    ]),
  );

  function makePrimary(index: number) {
    const rows: Row[] = form.getFieldValue('memberships') ?? [];
    form.setFieldValue(
      'memberships',
      rows.map((row, i) => ({ ...row, primary: i === index })),
    );
  }

  async function submit(values: Values) {
    const memberships = (values.memberships ?? []).map((row) => ({
      organizationId: row.organizationId!,
      role: row.role,
      primary: !!row.primary,
    }));
    try {
      const saved = await save.mutateAsync({ id: person.id, version: person.version, memberships });
      void message.success(t('person.membership.saved'));
      onSaved?.(saved);
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('memberships'));
    }
  }

  return (
    <Form<Values>
      key={`${person.id}:${person.version}`}
      form={form}
      name="memberships"
      disabled={readOnly}
      initialValues={{
        memberships: person.memberships.map((m) => ({
          organizationId: m.organizationId,
          role: m.role,
          primary: m.primary,
        })),
      }}
      onFinish={submit}
    >
      <Form.List name="memberships">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8} data-testid="membership-editor">
            {fields.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.membership.empty')} />
            )}
            {fields.map((field) => (
              <Flex key={field.key} gap={12} align="start" wrap data-testid="membership-row">
                <Form.Item
                  name={[field.name, 'organizationId']}
                  label={t('person.membership.organization')}
                  rules={[
                    {
                      required: true,
                      message: t('person.form.required', { field: t('person.membership.organization') }),
                    },
                  ]}
                  style={{ flex: 1, minWidth: 260, marginBottom: 0 }}
                >
                  <OrganizationSelect
                    allowClear={false}
                    initialOption={known.get(
                      form.getFieldValue(['memberships', field.name, 'organizationId']),
                    )}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'role']}
                  label={t('person.membership.role')}
                  style={{ marginBottom: 0 }}
                >
                  <Select
                    style={{ width: 120 }}
                    options={ROLES.map((role) => ({
                      value: role,
                      label: t(`person.membership.role_${role}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'primary']} valuePropName="checked" noStyle>
                  <PrimaryRadio
                    label={t('person.membership.primary')}
                    onSelect={() => makePrimary(field.name)}
                  />
                </Form.Item>
                {!readOnly && (
                  <Button
                    aria-label={t('common.remove')}
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => {
                      const wasPrimary = !!form.getFieldValue(['memberships', field.name, 'primary']);
                      remove(field.name);
                      if (wasPrimary && (form.getFieldValue('memberships') ?? []).length > 0) makePrimary(0);
                    }}
                  />
                )}
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            {person.hiddenMemberships > 0 && (
              <Typography.Text type="secondary" data-testid="membership-outside-scope">
                {t('person.membership.outsideScope', { count: person.hiddenMemberships })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">{t('person.membership.primaryHint')}</Typography.Text>
            {!readOnly && (
              <Flex gap={8}>
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ role: 'STAFF', primary: fields.length === 0 } satisfies Row)}
                >
                  {t('person.membership.add')}
                </Button>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Flex>
            )}
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
