import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useImportErrors } from '../api/list-import-errors';
import type { ImportRowError } from '../api/types';

const PAGE_SIZE = 50;

/** A dry run's problems, row by row as the user sees the file (header = row 1), paged from the server. */
export function ErrorsTable({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const errors = useImportErrors(jobId, page * PAGE_SIZE, PAGE_SIZE);

  if (errors.isError) return <QueryError error={errors.error} onRetry={() => void errors.refetch()} />;

  return (
    <Table<ImportRowError>
      data-testid="import-errors"
      size="small"
      rowKey={(error) => `${error.row}|${error.column ?? ''}|${error.code}|${error.message}`}
      loading={errors.isFetching}
      dataSource={errors.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page + 1,
        pageSize: PAGE_SIZE,
        total: errors.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t('common.total', { total }),
        onChange: (next) => setPage(next - 1),
      }}
      columns={[
        { title: t('import.check.row'), dataIndex: 'row', width: 80 },
        {
          title: t('import.check.column'),
          dataIndex: 'column',
          render: (value?: string | null) => value ?? '—',
        },
        {
          title: t('import.check.value'),
          dataIndex: 'value',
          render: (value?: string | null) =>
            value ? (
              <Typography.Text code>{value}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        {
          title: t('import.check.problem'),
          key: 'problem',
          render: (_, error) => (
            <>
              <Tag color="red">{t(`import.errorCode.${error.code}`, { defaultValue: error.code })}</Tag>
              {error.message}
            </>
          ),
        },
      ]}
    />
  );
}
