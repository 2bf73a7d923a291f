import { Button, Card, Empty, Flex, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationRevision } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useCompareRevisions } from '../api/compare-revisions';
import { useRevisions } from '../api/list-revisions';
import { RevisionDiff } from './RevisionDiff';

/** Every revision with its hash, and the diff of any two. */
export function RevisionsCard({ publicationId }: { publicationId: number }) {
  const { t } = useTranslation();
  const revisions = useRevisions(publicationId);
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  const diff = useCompareRevisions(publicationId, shown?.from, shown?.to);
  const list = revisions.data ?? [];
  const numbers = list.map((revision) => revision.number);
  const latest = numbers.length > 0 ? Math.max(...numbers) : undefined;
  const from = pair.from ?? (latest !== undefined && latest > 1 ? latest - 1 : undefined);
  const to = pair.to ?? latest;
  const options = [...numbers]
    .sort((a, b) => a - b)
    .map((value) => ({ value, label: t('publication.revision.number', { number: value }) }));

  return (
    <Card title={t('publication.revision.title')} data-testid="revision-list">
      <Table<PublicationRevision>
        rowKey="number"
        size="small"
        loading={revisions.isPending}
        pagination={false}
        // On a phone the table scrolls inside the card; the page itself does not scroll sideways.
        scroll={{ x: 'max-content' }}
        dataSource={list}
        locale={{ emptyText: <Empty description={t('publication.revision.none')} /> }}
        columns={[
          {
            title: t('publication.revision.column'),
            dataIndex: 'number',
            render: (value: number) => t('publication.revision.number', { number: value }),
          },
          { title: t('publication.field.title'), dataIndex: 'title' },
          {
            title: t('publication.field.author'),
            key: 'author',
            render: (_, revision) => revision.author?.name ?? '—',
          },
          {
            title: t('publication.revision.savedAt'),
            dataIndex: 'createdAt',
            render: (value: string) => formatDateTime(value),
          },
          {
            title: t('publication.field.contentHash'),
            dataIndex: 'contentHash',
            render: (value: string) => (
              <Typography.Text code copyable={{ text: value }} title={value}>
                {value.slice(0, 12)}
              </Typography.Text>
            ),
          },
        ]}
      />
      {list.length > 1 && (
        <Flex vertical gap={12} style={{ marginTop: 16 }}>
          <Space wrap>
            <Typography.Text>{t('publication.diff.compare')}</Typography.Text>
            <Select<number>
              aria-label={t('publication.diff.from')}
              style={{ width: 120 }}
              value={from}
              options={options}
              onChange={(value) => setPair((current) => ({ ...current, from: value }))}
            />
            <Typography.Text>→</Typography.Text>
            <Select<number>
              aria-label={t('publication.diff.to')}
              style={{ width: 120 }}
              value={to}
              options={options}
              onChange={(value) => setPair((current) => ({ ...current, to: value }))}
            />
            <Button
              disabled={from === undefined || to === undefined || from === to}
              onClick={() => from !== undefined && to !== undefined && setShown({ from, to })}
            >
              {t('publication.diff.show')}
            </Button>
          </Space>
          {shown && diff.isPending && <Spin />}
          {shown && diff.data && <RevisionDiff comparison={diff.data} />}
        </Flex>
      )}
    </Card>
  );
}
