import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import { DUTY_ROLES, type DutyBasis } from '@/lib/api-types';

/** The basis fields, named as the API names them (basis.documentNumber, basis.title). */
export function BasisFields() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Form.Item
        name={['basis', 'documentNumber']}
        label={t('duty.field.documentNumber')}
        style={{ minWidth: 200, flex: 1 }}
      >
        <Input autoComplete="off" placeholder={t('duty.form.documentNumberPlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['basis', 'title']}
        label={t('duty.field.documentTitle')}
        style={{ minWidth: 240, flex: 2 }}
      >
        <Input autoComplete="off" maxLength={300} />
      </Form.Item>
    </Flex>
  );
}

/** The basis as sent: absent when both parts are empty. */
export function basisOf(values: { basis?: DutyBasis | null }): DutyBasis | undefined {
  const documentNumber = values.basis?.documentNumber?.trim() || undefined;
  const title = values.basis?.title?.trim() || undefined;
  return documentNumber || title ? { documentNumber, title } : undefined;
}

export function RoleSelect(props: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select {...props} options={DUTY_ROLES.map((role) => ({ value: role, label: t(`duty.role.${role}`) }))} />
  );
}

/** 一岗双责: the organizations supervised, each picked inside the organization's subtree. */
export function ScopeFields({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('duty.field.scope')} required>
      <Form.List
        name="scopeOrganizationIds"
        rules={[
          {
            validator: async (_, ids?: (number | undefined)[]) => {
              if (!ids || ids.filter(Boolean).length === 0) throw new Error(t('duty.form.scopeRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start" data-testid="scope-row">
                <Form.Item name={field.name} style={{ marginBottom: 0, flex: 1 }}>
                  <OrganizationSelect
                    aria-label={t('duty.field.scope')}
                    under={organizationId}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Button
                  aria-label={t('common.remove')}
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined aria-hidden />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => add()}
            >
              {t('duty.form.addScope')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
