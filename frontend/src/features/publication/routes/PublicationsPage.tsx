import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSearch, PagedListPage, useListParams } from '@/components/PagedListPage';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { PUBLICATION_STATUSES, type PublicationStatus, type PublicationSummary } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { usePublications } from '../api/list-publications';
import { PublicationStatusTag } from '../components/PublicationStatusTag';
import { StepText } from '../components/StepText';

/** 信息发布: the items of the user's scope, filtered in the address (?status=&channelId=&under=&q=). */
export default function PublicationsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const params = useListParams();
  const { q, page, update } = params;
  const under = params.id('under');
  const channelId = params.id('channelId');
  const status = params.oneOf('status', PUBLICATION_STATUSES);
  const publications = usePublications({
    q: q || undefined,
    under,
    channelId,
    status,
    page,
    size: params.size,
  });

  // The channels seen in the list, to filter by (the list answers channel id and name).
  const channels = new Map<number, string>();
  for (const item of publications.data?.items ?? []) channels.set(item.channel.id, item.channel.name);
  if (channelId && !channels.has(channelId)) channels.set(channelId, `#${channelId}`);

  return (
    <PagedListPage<PublicationSummary>
      title={t('publication.title')}
      testId="publication-list"
      list={publications}
      page={page}
      onPage={(next) => update({ page: next })}
      emptyText={t('publication.list.empty')}
      extra={
        access.canDraftPublications && (
          <Link to="/publications/new">
            <Button type="primary" icon={<PlusOutlined aria-hidden />}>
              {t('publication.list.create')}
            </Button>
          </Link>
        )
      }
      filters={
        <>
          <ListSearch
            label={t('publication.list.searchPlaceholder')}
            value={q}
            onSearch={(value) => update({ q: value })}
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
            options={PUBLICATION_STATUSES.map((value) => ({
              value,
              label: t(`publication.status.${value}`),
            }))}
          />
        </>
      }
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
  );
}
