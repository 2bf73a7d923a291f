import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ListSearch, PagedListPage, useListParams } from '@/components/PagedListPage';
import { ExportMenu } from '@/components/ExportMenu';
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
import { punctuation } from '@/lib/punctuation';

export default function ChannelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const access = useAccess();
  const params = useListParams();
  const { q, page, update } = params;
  const under = params.id('under');
  const type = params.oneOf('type', CHANNEL_TYPES);
  const status = params.oneOf('status', CHANNEL_STATUSES);
  const [creating, setCreating] = useState(false);
  const channels = useChannels({ q: q || undefined, under, type, status, page, size: params.size });
  const exporting = useExportChannels();

  return (
    <>
      <PagedListPage<Channel>
        title={t('channel.title')}
        testId="channel-list"
        list={channels}
        page={page}
        onPage={(next) => update({ page: next })}
        emptyText={t('channel.list.empty')}
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
        filters={
          <>
            <ListSearch
              label={t('channel.list.searchPlaceholder')}
              value={q}
              onSearch={(value) => update({ q: value })}
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
          </>
        }
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
                ? channel.administrators.map((admin) => admin.personName).join(punctuation(t).listSeparator)
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
    </>
  );
}
