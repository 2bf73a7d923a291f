import { App, Form, Input, InputNumber, Select } from 'antd';
import { FormModal } from '@/components/FormModal';
import { useTranslation } from 'react-i18next';
import { ORG_TYPES, type Organization, type OrgType } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useCreateOrganization } from '../api/create-organization';
import { useUpdateOrganization } from '../api/update-organization';

export type OrganizationFormMode =
  | { kind: 'create'; parent: Pick<Organization, 'id' | 'name' | 'type'> }
  | { kind: 'edit'; organization: Organization };

interface Values {
  code?: string;
  name: string;
  shortName?: string | null;
  type: OrgType;
  sortOrder?: number | null;
}

/** The usual kind of child for a parent, so the common case needs no choice. */
export function suggestedChildType(parentType: OrgType): OrgType {
  switch (parentType) {
    case 'STREET':
      return 'COMMUNITY';
    case 'TOWN':
      return 'VILLAGE';
    case 'PARTY_COMMITTEE':
    case 'PARTY_WORKING_COMMITTEE':
    case 'PARTY_GROUP':
      return 'PARTY_BRANCH';
    default:
      return 'DEPARTMENT';
  }
}

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

interface Props {
  mode: OrganizationFormMode;
  onClose: () => void;
  onSaved: (saved: Organization) => void;
}

export function OrganizationFormModal({ mode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const saving = create.isPending || update.isPending;

  const initialValues: Partial<Values> =
    mode.kind === 'edit'
      ? {
          name: mode.organization.name,
          shortName: mode.organization.shortName,
          type: mode.organization.type,
          sortOrder: mode.organization.sortOrder,
        }
      : { type: suggestedChildType(mode.parent.type) };

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('organization.form.required', { field: t(field) }) },
  ];

  async function save(values: Values) {
    try {
      const saved =
        mode.kind === 'create'
          ? await create.mutateAsync({
              code: values.code!.trim(),
              name: values.name.trim(),
              shortName: blankToUndefined(values.shortName),
              type: values.type,
              parentId: mode.parent.id,
              sortOrder: values.sortOrder ?? undefined,
            })
          : await update.mutateAsync({
              id: mode.organization.id,
              body: {
                version: mode.organization.version,
                name: values.name.trim(),
                // on update an empty string clears the short name; null would leave it as it is
                shortName: values.shortName?.trim() ?? '',
                type: values.type,
                sortOrder: values.sortOrder ?? undefined,
              },
            });
      void message.success(
        t(mode.kind === 'create' ? 'organization.form.created' : 'organization.form.updated', {
          name: saved.name,
        }),
      );
      onSaved(saved);
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('code', 'name', 'shortName', 'type', 'sortOrder'));
    }
  }

  const title =
    mode.kind === 'create'
      ? t('organization.form.createTitle', { parent: mode.parent.name })
      : t('organization.form.editTitle', { name: mode.organization.name });

  return (
    <FormModal<Values>
      form={form}
      title={title}
      pending={saving}
      onCancel={onClose}
      onFinish={save}
      name="organization"
      initialValues={initialValues}
    >
      {mode.kind === 'create' && (
        <Form.Item
          name="code"
          label={t('organization.field.code')}
          rules={required('organization.field.code')}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('organization.field.name')} rules={required('organization.field.name')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="shortName" label={t('organization.field.shortName')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="type" label={t('organization.field.type')} rules={[{ required: true }]}>
        <Select options={ORG_TYPES.map((type) => ({ value: type, label: t(`organization.type.${type}`) }))} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('organization.field.sortOrder')}>
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
