import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { MajorMatter, MajorMatterCategory } from '../api/types';
import { LateTag, MatterStatusTag, TimeLeftBadge } from './tags';

interface Props {
  matters: MajorMatter[];
  loading?: boolean;
  testId: string;
  pagination?: false | { current: number; pageSize: number; total: number; onChange: (page: number) => void };
}

/** Major matters with their status, the time left to acknowledge (red once overdue) and 迟报. */
export function MatterTable({ matters, loading, testId, pagination = false }: Props) {
  const { t } = useTranslation();
  return (
    <Table<MajorMatter>
      data-testid={testId}
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={matters}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('report.matter.list.empty') }}
      pagination={pagination && { ...pagination, showSizeChanger: false }}
      onRow={(matter) =>
        ({
          'data-testid': 'matter-row',
          'data-id': matter.id,
          'data-status': matter.status,
        }) as React.HTMLAttributes<HTMLTableRowElement>
      }
      columns={[
        {
          title: t('report.matter.field.title'),
          dataIndex: 'title',
          render: (title: string, matter) => <Link to={`/major-matters/${matter.id}`}>{title}</Link>,
        },
        {
          title: t('report.matter.field.category'),
          dataIndex: 'category',
          render: (value: MajorMatterCategory) => t(`report.matter.category.${value}`),
        },
        { title: t('report.matter.field.organization'), dataIndex: 'organizationName' },
        { title: t('report.matter.field.recipient'), dataIndex: 'recipientOrganizationName' },
        {
          title: t('report.matter.field.reportedAt'),
          dataIndex: 'reportedAt',
          render: (value: string) => formatDateTime(value),
        },
        {
          title: t('report.matter.field.status'),
          key: 'status',
          render: (_, matter) => (
            <Space size={4} wrap>
              <MatterStatusTag status={matter.status} />
              <TimeLeftBadge matter={matter} />
              <LateTag late={matter.late} />
            </Space>
          ),
        },
      ]}
    />
  );
}
