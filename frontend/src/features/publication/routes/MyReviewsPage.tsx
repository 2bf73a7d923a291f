import { Card, Empty, Flex, Grid, Spin, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import type { PublicationSummary } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useMyReviews } from '../api/get-my-reviews';
import { StepText } from '../components/StepText';

/** 待我审核: items waiting for the caller, longest waiting first. */
export default function MyReviewsPage() {
  const { t } = useTranslation();
  const reviews = useMyReviews();
  const screens = Grid.useBreakpoint();
  if (reviews.isError) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const items = [...(reviews.data ?? [])].sort((a, b) =>
    (a.waitingSince ?? a.updatedAt).localeCompare(b.waitingSince ?? b.updatedAt),
  );
  const waited = (item: PublicationSummary) =>
    item.waitingSince
      ? t('publication.inbox.waited', {
          at: formatDateTime(item.waitingSince),
          hours: Math.max(0, dayjs().diff(dayjs(item.waitingSince), 'hour')),
        })
      : '—';

  // On a phone (below 576 px) a table of seven columns scrolls sideways: each item becomes a card to tap.
  if (!screens.sm) {
    return (
      <Card title={t('publication.inbox.title')} styles={{ body: { padding: 12 } }}>
        {reviews.isPending ? (
          <Spin />
        ) : items.length === 0 ? (
          <Empty description={t('publication.inbox.empty')} />
        ) : (
          <Flex vertical data-testid="review-inbox">
            {items.map((item) => (
              <Flex
                key={item.id}
                vertical
                gap={4}
                data-testid="review-inbox-item"
                style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)', minWidth: 0 }}
              >
                <Link to={`/publications/${item.id}`} style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                  {item.title}
                </Link>
                <StepText item={item} />
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {item.channel.name} · {item.organization.name} · {item.author.name}
                </Typography.Text>
                <Typography.Text type="secondary">{waited(item)}</Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
    );
  }

  return (
    <Card title={t('publication.inbox.title')}>
      <Table<PublicationSummary>
        data-testid="review-inbox"
        rowKey="id"
        loading={reviews.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Empty description={t('publication.inbox.empty')} /> }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('publication.field.title'),
            dataIndex: 'title',
            render: (title: string, item) => <Link to={`/publications/${item.id}`}>{title}</Link>,
          },
          { title: t('publication.field.channel'), key: 'channel', render: (_, item) => item.channel.name },
          {
            title: t('publication.field.organization'),
            key: 'organization',
            render: (_, item) => item.organization.name,
          },
          { title: t('publication.inbox.step'), key: 'step', render: (_, item) => <StepText item={item} /> },
          { title: t('publication.field.author'), key: 'author', render: (_, item) => item.author.name },
          {
            title: t('publication.inbox.waitingSince'),
            key: 'waiting',
            render: (_, item) => waited(item),
          },
          {
            title: t('publication.field.plannedPublishAt'),
            dataIndex: 'plannedPublishAt',
            render: (value?: string | null) => formatDateTime(value) || '—',
          },
        ]}
      />
    </Card>
  );
}
