import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { PUBLICATION_STATUSES, type PublicationStatus, type PublicationSummary } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { usePublications } from '../api/list-publications';
import { PublicationStatusTag } from '../components/PublicationStatusTag';
import { StepText } from '../components/StepText';

const PAGE_SIZE = 20;

/** 信息发布: the items of the user's scope, filtered in the address (?status=&channelId=&under=&q=). */
export default function PublicationsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const under = Number(searchParams.get('under')) || undefined;
  const channelId = Number(searchParams.get('channelId')) || undefined;
  const rawStatus = searchParams.get('status');
  const status = PUBLICATION_STATUSES.includes(rawStatus as PublicationStatus)
    ? (rawStatus as PublicationStatus)
    : undefined;
  const page = Math.max(0, Number(searchParams.get('page') ?? 0) || 0);
  const [draft, setDraft] = useState(q);
  const publications = usePublications({
    q: q || undefined,
    under,
    channelId,
    status,
    page,
    size: PAGE_SIZE,
  });

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

  if (publications.isError) {
    return <QueryError error={publications.error} onRetry={() => void publications.refetch()} />;
  }

  // The channels seen in the list, to filter by (the list answers channel id and name).
  const channels = new Map<number, string>();
  for (const item of publications.data?.items ?? []) channels.set(item.channel.id, item.channel.name);
  if (channelId && !channels.has(channelId)) channels.set(channelId, `#${channelId}`);

  return (
    <Card
      title={t('publication.title')}
      extra={
        access.canDraftPublications && (
          <Link to="/publications/new">
            <Button type="primary" icon={<PlusOutlined aria-hidden />}>
              {t('publication.list.create')}
            </Button>
          </Link>
        )
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ maxWidth: 320 }}
          aria-label={t('publication.list.searchPlaceholder')}
          placeholder={t('publication.list.searchPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onSearch={(value) => update({ q: value.trim() || null })}
        />
        <OrganizationSelect
          aria-label={t('publication.list.under')}
          placeholder={t('publication.list.under')}
          value={under}
          onChange={(id) => update({ under: id ?? null })}
          style={{ width: 240 }}
        />
        <Select<number>
          aria-label={t('publication.field.channel')}
          placeholder={t('publication.field.channel')}
          allowClear
          value={channelId}
          style={{ width: 200 }}
          onChange={(value) => update({ channelId: value ?? null })}
          options={[...channels].map(([value, label]) => ({ value, label }))}
        />
        <Select<PublicationStatus>
          aria-label={t('publication.field.status')}
          placeholder={t('publication.field.status')}
          allowClear
          value={status}
          style={{ width: 140 }}
          onChange={(value) => update({ status: value ?? null })}
          options={PUBLICATION_STATUSES.map((value) => ({ value, label: t(`publication.status.${value}`) }))}
        />
      </Flex>
      <Table<PublicationSummary>
        data-testid="publication-list"
        rowKey="id"
        loading={publications.isFetching}
        dataSource={publications.data?.items ?? []}
        locale={{ emptyText: t('publication.list.empty') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: publications.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
          onChange: (next) => update({ page: next - 1 }),
        }}
        columns={[
          {
            title: t('publication.field.title'),
            dataIndex: 'title',
            render: (title: string, item) => <Link to={`/publications/${item.id}`}>{title}</Link>,
          },
          {
            title: t('publication.field.channel'),
            key: 'channel',
            render: (_, item) => (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => update({ channelId: item.channel.id })}
              >
                {item.channel.name}
              </Button>
            ),
          },
          {
            title: t('publication.field.organization'),
            key: 'organization',
            render: (_, item) => item.organization.name,
          },
          {
            title: t('publication.field.status'),
            key: 'status',
            render: (_, item) => (
              <Flex vertical gap={2}>
                <PublicationStatusTag status={item.status} />
                <StepText item={item} />
              </Flex>
            ),
          },
          { title: t('publication.field.author'), key: 'author', render: (_, item) => item.author.name },
          {
            title: t('publication.field.revision'),
            dataIndex: 'revisionNumber',
            render: (value: number) => t('publication.revision.number', { number: value }),
          },
          {
            title: t('publication.field.plannedPublishAt'),
            dataIndex: 'plannedPublishAt',
            render: (value?: string | null) => formatDateTime(value) || '—',
          },
          {
            title: t('publication.field.updatedAt'),
            dataIndex: 'updatedAt',
            render: (value: string) => formatDateTime(value),
          },
        ]}
      />
    </Card>
  );
}
