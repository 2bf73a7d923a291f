import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { formatDate } from '@/lib/format';
import { useMyLines } from '../api/cases';
import type { MyLine } from '../api/types';
import { CaseStatusTag, ResponsibilityTag } from '../components/tags';
import '../locale';

/** 涉及本人的问责: the cases that name me, each with my own line. */
export default function MyLinesPage() {
  const { t } = useTranslation();
  const mine = useMyLines();
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <Card title={t('accountability.mine.title')}>
      <Typography.Paragraph type="secondary">{t('accountability.mine.hint')}</Typography.Paragraph>
      <Table<MyLine>
        data-testid="my-accountability-lines"
        rowKey={(row) => `${row.caseId}:${row.line.id}`}
        loading={mine.isFetching}
        dataSource={mine.data ?? []}
        pagination={false}
        locale={{ emptyText: t('accountability.mine.empty') }}
        columns={[
          {
            title: t('accountability.mine.case'),
            key: 'case',
            render: (_, row) => (
              <Link to={`/accountability-cases/${row.caseId}`} data-testid="my-line-case">
                {row.title}
              </Link>
            ),
          },
          { title: t('accountability.field.subjectOrganization'), dataIndex: 'subjectOrganizationName' },
          {
            title: t('accountability.field.incidentDate'),
            key: 'date',
            render: (_, row) => formatDate(row.incidentDate),
          },
          {
            title: t('accountability.line.responsibility'),
            key: 'responsibility',
            render: (_, row) => <ResponsibilityTag responsibility={row.line.responsibility} />,
          },
          { title: t('accountability.line.why'), key: 'why', render: (_, row) => row.line.why },
          {
            title: t('accountability.field.status'),
            key: 'status',
            render: (_, row) => <CaseStatusTag status={row.status} />,
          },
        ]}
      />
    </Card>
  );
}
