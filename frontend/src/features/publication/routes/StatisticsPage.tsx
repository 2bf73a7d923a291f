import { Card, DatePicker, Empty, Flex, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import type { PublicationStatisticsRow } from '@/lib/api-types';
import { parseApiDate, toApiDate } from '@/lib/dates';
import { useStatistics } from '../api/get-statistics';
import { StatisticsChart } from '../components/StatisticsChart';

const hours = (value?: number | null) => (value == null ? '—' : value.toFixed(1));

/** 发布统计: per channel and month, published / rejected / retracted and review hours (?under=&from=&to=). */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const under = Number(searchParams.get('under')) || me?.scope[0]?.organizationId;
  const from =
    parseApiDate(searchParams.get('from')) ?? toApiDate(dayjs().subtract(11, 'month').startOf('month'));
  const to = parseApiDate(searchParams.get('to')) ?? toApiDate(dayjs());
  const statistics = useStatistics(under ? { under, from, to } : undefined);

  function update(next: Record<string, string | null>) {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    setSearchParams(params);
  }

  if (statistics.isError)
    return <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />;
  const rows = statistics.data?.rows ?? [];

  return (
    <Card title={t('publication.statistics.title')}>
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <OrganizationSelect
          aria-label={t('publication.list.under')}
          placeholder={t('publication.list.under')}
          value={under}
          allowClear={false}
          onChange={(id) => update({ under: id ? String(id) : null })}
          style={{ width: 260 }}
        />
        <DatePicker.RangePicker
          aria-label={t('publication.statistics.period')}
          value={[dayjs(from), dayjs(to)]}
          allowClear={false}
          onChange={(range) => {
            const [start, end] = (range ?? []) as [Dayjs | null, Dayjs | null];
            update({ from: start ? toApiDate(start) : null, to: end ? toApiDate(end) : null });
          }}
        />
      </Flex>
      {rows.length === 0 && !statistics.isFetching ? (
        <Empty description={t('publication.statistics.empty')} />
      ) : (
        <Flex vertical gap={16}>
          <StatisticsChart rows={rows} />
          <Table<PublicationStatisticsRow>
            data-testid="statistics-table"
            rowKey={(row) => `${row.channel.id}-${row.month}`}
            size="small"
            loading={statistics.isFetching}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('publication.statistics.month'), dataIndex: 'month' },
              { title: t('publication.field.channel'), key: 'channel', render: (_, row) => row.channel.name },
              { title: t('publication.statistics.published'), dataIndex: 'published', align: 'right' },
              { title: t('publication.statistics.approved'), dataIndex: 'approved', align: 'right' },
              { title: t('publication.statistics.rejected'), dataIndex: 'rejected', align: 'right' },
              { title: t('publication.statistics.retracted'), dataIndex: 'retracted', align: 'right' },
              {
                title: t('publication.statistics.medianHours'),
                dataIndex: 'medianReviewHours',
                align: 'right',
                render: hours,
              },
              {
                title: t('publication.statistics.p90Hours'),
                dataIndex: 'p90ReviewHours',
                align: 'right',
                render: hours,
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
