import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { organizationActions, useMe } from '@/features/me';
import { useOrganization } from '@/features/organization';
import { formatDateTime } from '@/lib/format';
import { ApiProblem } from '@/lib/problem';
import { useLeadingGroup } from '../api/get-leading-group';
import { groupTitle, LeadingGroupDocument } from '../components/LeadingGroupDocument';
import { LeadingGroupForm } from '../components/LeadingGroupForm';

export function useOrganizationIdParam(): number | undefined {
  const { id } = useParams();
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

export default function LeadingGroupPage() {
  const { t } = useTranslation();
  const organizationId = useOrganizationIdParam();
  const organization = useOrganization(organizationId);
  const group = useLeadingGroup(organizationId);
  const { data: me } = useMe();
  const [editing, setEditing] = useState(false);

  if (organizationId === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (organization.isError) return <QueryError error={organization.error} />;
  if (group.isError) return <QueryError error={group.error} onRetry={() => void group.refetch()} />;
  if (organization.isPending || group.isPending) return <PageSpin />;

  const org = organization.data;
  const canEdit = !!me && organizationActions(me, org).editLeadingGroup;
  const title = groupTitle(group.data, org.name, t);

  if (editing) {
    return (
      <Card title={`${t('leadingGroup.form.editTitle')} · ${org.name}`}>
        <LeadingGroupForm
          organization={org}
          group={group.data}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </Card>
    );
  }

  return (
    <Card
      data-testid="leading-group"
      title={group.data.configured ? title : `${t('leadingGroup.title')} · ${org.name}`}
      extra={
        <Space>
          {group.data.configured && (
            <Link to={`/organizations/${org.id}/leading-group/print`} target="_blank">
              <Button icon={<PrinterOutlined aria-hidden />}>{t('leadingGroup.printView')}</Button>
            </Link>
          )}
          {canEdit && (
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {group.data.configured ? t('common.edit') : t('leadingGroup.configure')}
            </Button>
          )}
        </Space>
      }
    >
      {group.data.configured ? (
        <>
          <LeadingGroupDocument group={group.data} organizationName={org.name} />
          {group.data.updatedAt && (
            <Typography.Text type="secondary">
              {t('leadingGroup.updatedAt', { time: formatDateTime(group.data.updatedAt) })}
            </Typography.Text>
          )}
        </>
      ) : (
        <Empty description={t('leadingGroup.notConfigured')} />
      )}
    </Card>
  );
}
