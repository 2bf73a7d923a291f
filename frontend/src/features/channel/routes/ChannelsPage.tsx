import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { ExportMenu } from '@/features/import';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import {
  CHANNEL_STATUSES,
  CHANNEL_TYPES,
  type Channel,
  type ChannelStatus,
  type ChannelType,
} from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useExportChannels } from '../api/export-channels';
import { useChannels } from '../api/list-channels';
import { ChannelFormModal } from '../components/ChannelFormModal';
import { ChannelStatusTag } from '../components/ChannelStatusTag';

const PAGE_SIZE = 20;

function oneOf<T extends string>(value: string | null, choices: T[]): T | undefined {
  return choices.includes(value as T) ? (value as T) : undefined;
}

export default function ChannelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const access = useAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const under = Number(searchParams.get('under')) || undefined;
  const type = oneOf(searchParams.get('type'), CHANNEL_TYPES);
  const status = oneOf(searchParams.get('status'), CHANNEL_STATUSES);
  const page = Math.max(0, Number(searchParams.get('page') ?? 0) || 0);
  const [draft, setDraft] = useState(q);
  const [creating, setCreating] = useState(false);
  const channels = useChannels({ q: q || undefined, under, type, status, page, size: PAGE_SIZE });
  const exporting = useExportChannels();

  function update(next: Record<string, string | number | null | undefined>) {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) continue;
      if (value === null || value === '') params.delete(key);
      else params.set(key, String(value));
    }
    if (!('page' in next)) params.delete('page');
    setSearchParams(params);
  }

  if (channels.isError) return <QueryError error={channels.error} onRetry={() => void channels.refetch()} />;

  return (
    <Card
      title={t('channel.title')}
      extra={
        <Space wrap>
          <Button
            data-testid="channel-export"
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting.isPending}
            onClick={() =>
              exporting.mutate({ under, type, status }, { onError: (error) => showProblem(error, message) })
            }
          >
            {t('channel.list.export')}
          </Button>
          <ExportMenu
            kinds={['channels']}
            under={under}
            label="import.export.asTemplate"
            testId="channel-export-template"
          />
          {access.canManageChannels && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('channel.list.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ maxWidth: 320 }}
          aria-label={t('channel.list.searchPlaceholder')}
          placeholder={t('channel.list.searchPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onSearch={(value) => update({ q: value.trim() || null })}
        />
        <OrganizationSelect
          aria-label={t('channel.list.under')}
          placeholder={t('channel.list.under')}
          value={under}
          onChange={(id) => update({ under: id ?? null })}
          style={{ width: 260 }}
        />
        <Select<ChannelType>
          aria-label={t('channel.field.type')}
          placeholder={t('channel.field.type')}
          allowClear
          value={type}
          style={{ width: 160 }}
          onChange={(value) => update({ type: value ?? null })}
          options={CHANNEL_TYPES.map((value) => ({ value, label: t(`channel.type.${value}`) }))}
        />
        <Select<ChannelStatus>
          aria-label={t('channel.field.status')}
          placeholder={t('channel.field.status')}
          allowClear
          value={status}
          style={{ width: 130 }}
          onChange={(value) => update({ status: value ?? null })}
          options={CHANNEL_STATUSES.map((value) => ({ value, label: t(`channel.status.${value}`) }))}
        />
      </Flex>
      <Table<Channel>
        data-testid="channel-list"
        rowKey="id"
        loading={channels.isFetching}
        dataSource={channels.data?.items ?? []}
        locale={{ emptyText: t('channel.list.empty') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: channels.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
          onChange: (next) => update({ page: next - 1 }),
        }}
        columns={[
          {
            title: t('channel.field.name'),
            dataIndex: 'name',
            render: (name: string, channel) => <Link to={`/channels/${channel.id}`}>{name}</Link>,
          },
          {
            title: t('channel.field.type'),
            dataIndex: 'type',
            render: (value: ChannelType) => t(`channel.type.${value}`),
          },
          {
            title: t('channel.field.organization'),
            key: 'organization',
            render: (_, channel) => channel.organization.name,
          },
          {
            title: t('channel.field.urlOrAccount'),
            key: 'address',
            render: (_, channel) => channel.url ?? channel.accountId ?? '—',
          },
          {
            title: t('channel.field.administrators'),
            key: 'administrators',
            render: (_, channel) =>
              channel.administrators.length > 0
                ? channel.administrators.map((admin) => admin.personName).join('、')
                : '—',
          },
          {
            title: t('channel.field.status'),
            dataIndex: 'status',
            render: (value: ChannelStatus) => <ChannelStatusTag status={value} />,
          },
          {
            title: t('channel.field.launchedOn'),
            dataIndex: 'launchedOn',
            render: (value?: string | null) => formatDate(value) || '—',
          },
        ]}
      />
      {creating && (
        <ChannelFormModal
          mode={{ kind: 'create' }}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate(`/channels/${saved.id}`);
          }}
        />
      )}
    </Card>
  );
}
