import {
  ApartmentOutlined,
  DeleteOutlined,
  EditOutlined,
  FileProtectOutlined,
  PlusOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizationActions, useMe } from '@/features/me';
import type { Organization } from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useDissolveOrganization } from '../api/dissolve-organization';

export type DetailCommand = 'createChild' | 'edit' | 'move';

interface Props {
  organization: Organization;
  onCommand: (command: DetailCommand) => void;
  onDissolved: (organization: Organization) => void;
  onOpen: (id: number) => void;
}

export function OrganizationDetail({ organization: org, onCommand, onDissolved, onOpen }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { data: me } = useMe();
  const dissolve = useDissolveOrganization();
  const actions = me ? organizationActions(me, org) : null;

  function confirmDissolve() {
    modal.confirm({
      title: t('organization.form.dissolveConfirmTitle', { name: org.name }),
      content: t('organization.form.dissolveConfirmContent'),
      okText: t('organization.action.dissolve'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const saved = await dissolve.mutateAsync({ id: org.id, version: org.version });
          void message.success(t('organization.form.dissolved', { name: saved.name }));
          onDissolved(saved);
        } catch (error) {
          showProblem(error, message);
        }
      },
    });
  }

  const path =
    org.path.length === 0
      ? [{ title: t('organization.detail.root') }]
      : org.path.map((ancestor) => ({
          title: (
            <a
              href={`/organizations/${ancestor.id}`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(ancestor.id);
              }}
            >
              {ancestor.name}
            </a>
          ),
        }));

  return (
    <Card
      data-testid="org-detail"
      title={
        <Space>
          <ApartmentOutlined aria-hidden />
          <span>{org.name}</span>
          {org.active ? null : <Tag>{t('organization.detail.dissolved')}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Link to={`/organizations/${org.id}/duties`}>
            <Button icon={<SolutionOutlined aria-hidden />}>{t('organization.action.duties')}</Button>
          </Link>
          <Link to={`/organizations/${org.id}/leading-group`}>
            <Button icon={<TeamOutlined aria-hidden />}>{t('organization.action.leadingGroup')}</Button>
          </Link>
          <Link to={`/inspection-packages?organizationId=${org.id}`} data-testid="org-inspection-package">
            <Button icon={<FileProtectOutlined aria-hidden />}>
              {t('organization.action.inspectionPackage')}
            </Button>
          </Link>
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('organization.detail.path')}>
          <Breadcrumb items={path} />
        </Descriptions.Item>
        <Descriptions.Item label={t('organization.field.code')}>{org.code}</Descriptions.Item>
        <Descriptions.Item label={t('organization.field.name')}>{org.name}</Descriptions.Item>
        <Descriptions.Item label={t('organization.field.shortName')}>
          {org.shortName ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('organization.field.type')}>
          {t(`organization.type.${org.type}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('organization.field.sortOrder')}>{org.sortOrder}</Descriptions.Item>
        <Descriptions.Item label={t('organization.detail.childCount')}>{org.childCount}</Descriptions.Item>
        <Descriptions.Item label={t('organization.detail.status')}>
          {org.active ? (
            <Tag color="green">{t('organization.detail.active')}</Tag>
          ) : (
            <Tag>
              {t('organization.detail.dissolved')} {formatDateTime(org.dissolvedAt)}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('organization.detail.updatedAt')}>
          {formatDateTime(org.updatedAt)}
        </Descriptions.Item>
      </Descriptions>
      {actions && (
        <Space wrap style={{ marginTop: 16 }}>
          {actions.createChild && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => onCommand('createChild')}
            >
              {t('organization.action.createChild')}
            </Button>
          )}
          {actions.edit && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => onCommand('edit')}>
              {t('organization.action.edit')}
            </Button>
          )}
          {actions.move && (
            <Button icon={<SwapOutlined aria-hidden />} onClick={() => onCommand('move')}>
              {t('organization.action.move')}
            </Button>
          )}
          {actions.dissolve && (
            <Button
              danger
              icon={<DeleteOutlined aria-hidden />}
              loading={dissolve.isPending}
              onClick={confirmDissolve}
            >
              {t('organization.action.dissolve')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
