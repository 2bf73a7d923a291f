import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { ChannelStatusTag } from '@/features/channel';
import type { DutyAssignment, DutyRole } from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useExportDutyAssignments } from '../api/export-duty-assignments';
import { useMyDuties } from '../api/get-my-duties';
import { basisText, periodText } from '../components/describe';
import { punctuation } from '@/lib/punctuation';

/** 我的职责: the caller's roles, supervised scopes and channels today. */
export default function MyDutiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const duties = useMyDuties();
  const exporting = useExportDutyAssignments();

  if (duties.isError) return <QueryError error={duties.error} onRetry={() => void duties.refetch()} />;
  if (duties.isPending) return <PageSpin />;

  const { person, assignments, channels, scopes, at } = duties.data;
  if (!person) {
    return (
      <Card title={t('duty.mine.title')}>
        <Empty description={t('duty.mine.noPerson')} />
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="my-duties">
      <Card
        title={t('duty.mine.titleOf', { name: person.name })}
        extra={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting.isPending}
            onClick={() =>
              exporting.mutate(
                {
                  filters: { person: person.id },
                  fileName: `${t('duty.mine.fileName', { name: person.name })}.xlsx`,
                },
                { onError: (error) => showProblem(error, message) },
              )
            }
          >
            {t('duty.mine.export')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('duty.mine.asOf', { date: formatDate(at) })}
        </Typography.Paragraph>
        <Table<DutyAssignment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={assignments}
          locale={{ emptyText: t('duty.mine.none') }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('duty.field.organization'),
              key: 'organization',
              render: (_, a) => (
                <Link to={`/organizations/${a.organization.id}/duties`}>{a.organization.name}</Link>
              ),
            },
            {
              title: t('duty.field.role'),
              dataIndex: 'role',
              render: (role: DutyRole) => <Tag color="blue">{t(`duty.role.${role}`)}</Tag>,
            },
            {
              title: t('duty.field.period'),
              key: 'period',
              render: (_, a) => periodText(a.validFrom, a.validTo, t),
            },
            {
              title: t('duty.field.basis'),
              key: 'basis',
              render: (_, a) => basisText(a.basis) || '—',
            },
            {
              title: t('duty.field.detail'),
              key: 'detail',
              render: (_, a) =>
                a.channel ? (
                  <Link to={`/channels/${a.channel.id}`}>{a.channel.name}</Link>
                ) : a.scope.length > 0 ? (
                  a.scope.map((org) => org.name).join(punctuation(t).listSeparator)
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Flex gap={16} wrap>
        <Card title={t('duty.mine.scopes')} style={{ flex: 1, minWidth: 280 }}>
          {scopes.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.mine.noScopes')} />
          ) : (
            <Flex vertical gap={8}>
              {scopes.map((org) => (
                <Link key={org.id} to={`/organizations/${org.id}/duties`}>
                  {org.name}
                </Link>
              ))}
            </Flex>
          )}
        </Card>
        <Card title={t('duty.mine.channels')} style={{ flex: 1, minWidth: 280 }}>
          {channels.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.mine.noChannels')} />
          ) : (
            <Flex vertical gap={8}>
              {channels.map((channel) => (
                <Space key={channel.id}>
                  <Link to={`/channels/${channel.id}`}>{channel.name}</Link>
                  <Typography.Text type="secondary">{t(`channel.type.${channel.type}`)}</Typography.Text>
                  <ChannelStatusTag status={channel.status} />
                </Space>
              ))}
            </Flex>
          )}
        </Card>
      </Flex>
    </Flex>
  );
}
