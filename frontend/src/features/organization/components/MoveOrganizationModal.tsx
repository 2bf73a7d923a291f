import { App, Form } from 'antd';
import { FormModal } from '@/components/FormModal';
import { useTranslation } from 'react-i18next';
import type { Organization } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useMoveOrganization } from '../api/move-organization';
import { OrganizationSelect } from './OrganizationSelect';

interface Props {
  organization: Organization;
  onClose: () => void;
  onMoved: (moved: Organization, oldParentId: number | null) => void;
}

export function MoveOrganizationModal({ organization, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newParentId: number }>();
  const move = useMoveOrganization();

  async function save({ newParentId }: { newParentId: number }) {
    try {
      const moved = await move.mutateAsync({
        id: organization.id,
        version: organization.version,
        newParentId,
      });
      void message.success(t('organization.form.moved', { name: moved.name }));
      onMoved(moved, organization.parentId ?? null);
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('newParentId'));
    }
  }

  return (
    <FormModal
      form={form}
      title={t('organization.form.moveTitle', { name: organization.name })}
      pending={move.isPending}
      onCancel={onClose}
      onFinish={save}
      name="move-organization"
    >
      <Form.Item
        name="newParentId"
        label={t('organization.field.newParent')}
        rules={[
          {
            required: true,
            message: t('organization.form.required', { field: t('organization.field.newParent') }),
          },
        ]}
      >
        <OrganizationSelect excludeIds={[organization.id, organization.parentId ?? -1]} />
      </Form.Item>
    </FormModal>
  );
}
