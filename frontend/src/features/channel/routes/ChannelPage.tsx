import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { channelActions, useMe } from '@/features/me';
import { useOrganization } from '@/features/organization';
import type { ChannelAdministrator } from '@/lib/api-types';
import { formatDate, formatDateTime } from '@/lib/format';
import { ApiProblem } from '@/lib/problem';
import { useChannel } from '../api/get-channel';
import { ChannelFormModal } from '../components/ChannelFormModal';
import { ChannelStatusTag } from '../components/ChannelStatusTag';
import { CloseChannelModal } from '../components/CloseChannelModal';
import { isWebAddress } from '../components/web-address';

function useIdParam(): number | undefined {
  const { id } = useParams();
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

export default function ChannelPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const channel = useChannel(id);
  const owner = useOrganization(channel.data?.organization.id);
  const { data: me } = useMe();
  const [command, setCommand] = useState<'edit' | 'close' | null>(null);

  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (channel.isError) return <QueryError error={channel.error} onRetry={() => void channel.refetch()} />;
  if (channel.isPending) return <PageSpin />;

  const c = channel.data;
  const actions = me && owner.data ? channelActions(me, owner.data, c) : { edit: false, close: false };
  const text = (value?: string | null) => value || '—';

  return (
    <Flex vertical gap={16}>
      <Card
        data-testid="channel-detail"
        title={
          <Space>
            <span>{c.name}</span>
            <ChannelStatusTag status={c.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {actions.edit && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setCommand('edit')}>
                {t('channel.action.edit')}
              </Button>
            )}
            {actions.close && (
              <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setCommand('close')}>
                {t('channel.action.close')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('channel.field.type')}>{t(`channel.type.${c.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('channel.field.organization')}>
            <Link to={`/organizations/${c.organization.id}`}>{c.organization.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('channel.field.url')}>
            {isWebAddress(c.url) ? (
              <Typography.Link href={c.url} target="_blank" rel="noreferrer noopener">
                {c.url}
              </Typography.Link>
            ) : (
              (c.url ?? '—')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('channel.field.accountId')}>{text(c.accountId)}</Descriptions.Item>
          <Descriptions.Item label={t('channel.field.launchedOn')}>
            {text(formatDate(c.launchedOn))}
          </Descriptions.Item>
          <Descriptions.Item label={t('channel.field.publishedCount')}>{c.publishedCount}</Descriptions.Item>
          {c.status === 'CLOSED' && (
            <>
              <Descriptions.Item label={t('channel.field.closedOn')}>
                {text(formatDate(c.closedOn))}
              </Descriptions.Item>
              <Descriptions.Item label={t('channel.field.closeReason')}>
                {text(c.closeReason)}
              </Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('channel.field.description')} span={2}>
            {text(c.description)}
          </Descriptions.Item>
          <Descriptions.Item label={t('channel.field.updatedAt')}>
            {formatDateTime(c.updatedAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('channel.admin.title')}
        data-testid="channel-administrators"
        extra={<Link to={`/organizations/${c.organization.id}/duties`}>{t('channel.admin.manage')}</Link>}
      >
        <Typography.Paragraph type="secondary">{t('channel.admin.hint')}</Typography.Paragraph>
        <Table<ChannelAdministrator>
          rowKey="assignmentId"
          size="small"
          pagination={false}
          dataSource={c.administrators}
          locale={{ emptyText: <Empty description={t('channel.admin.none')} /> }}
          columns={[
            {
              title: t('channel.admin.person'),
              dataIndex: 'personName',
              render: (name: string, admin) => <Link to={`/people/${admin.personId}`}>{name}</Link>,
            },
            {
              title: t('channel.admin.validFrom'),
              dataIndex: 'validFrom',
              render: (value: string) => formatDate(value),
            },
            {
              title: t('channel.admin.validTo'),
              dataIndex: 'validTo',
              render: (value?: string | null) => formatDate(value) || t('channel.admin.open'),
            },
          ]}
        />
      </Card>
      {command === 'edit' && (
        <ChannelFormModal
          mode={{ kind: 'edit', channel: c }}
          onClose={() => setCommand(null)}
          onSaved={() => setCommand(null)}
        />
      )}
      {command === 'close' && (
        <CloseChannelModal channel={c} onClose={() => setCommand(null)} onClosed={() => setCommand(null)} />
      )}
    </Flex>
  );
}
