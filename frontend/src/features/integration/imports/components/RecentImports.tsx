import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { formatDateTime } from '@/lib/format';
import { useRecentImports } from '../api/list-imports';
import type { ImportJob } from '../api/types';
import { ImportStatusTag } from './ImportStatusTag';

/** The caller's recent imports (an admin's list shows everyone's, with who uploaded). */
export function RecentImports({ showCreatedBy }: { showCreatedBy: boolean }) {
  const { t } = useTranslation();
  const imports = useRecentImports();

  if (imports.isError) return <QueryError error={imports.error} onRetry={() => void imports.refetch()} />;

  return (
    <Table<ImportJob>
      data-testid="recent-imports"
      size="small"
      rowKey="id"
      loading={imports.isPending}
      dataSource={imports.data?.items ?? []}
      locale={{ emptyText: t('import.recent.empty') }}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('import.recent.time'),
          dataIndex: 'createdAt',
          render: (value: string) => formatDateTime(value),
        },
        {
          title: t('import.recent.kind'),
          dataIndex: 'kind',
          render: (kind: string) => t(`import.kind.${kind}`),
        },
        {
          title: t('import.recent.file'),
          dataIndex: 'fileName',
          render: (value?: string | null) => value ?? '—',
        },
        ...(showCreatedBy
          ? [
              {
                title: t('import.recent.createdBy'),
                dataIndex: 'createdByName',
                // the person's name, as people know each other; the login only when no person is linked
                render: (value: string | undefined, job: ImportJob) => value || job.createdBy || '—',
              },
            ]
          : []),
        {
          title: t('import.recent.status'),
          dataIndex: 'status',
          render: (_, job) => <ImportStatusTag status={job.status} />,
        },
        { title: t('import.recent.rows'), dataIndex: 'total' },
        {
          title: t('import.recent.errors'),
          dataIndex: 'errorCount',
          render: (value: number) => (value > 0 ? value : '—'),
        },
        {
          title: t('import.recent.result'),
          key: 'result',
          render: (_, job) =>
            job.status === 'COMMITTED'
              ? `${job.createdCount} / ${job.updatedCount} / ${job.unchangedCount}`
              : '—',
        },
        {
          title: '',
          key: 'open',
          render: (_, job) => <Link to={`/imports?job=${job.id}`}>{t('import.recent.open')}</Link>,
        },
      ]}
    />
  );
}
