import { Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DutyRole, ResponsibilityMatrix, ResponsibilityMatrixRow } from '@/lib/api-types';
import { withNote } from '@/lib/punctuation';
import { useStickyOffset } from '@/lib/sticky-offset';
import { VacancyTag } from './VacancyTag';
import './matrix.css';

const PAGE_SIZES = [50, 100, 200, 500];

/**
 * Organizations as rows (indented by depth), roles as columns, holders in the cells, gaps in red.
 * One page of rows at a time, paged by the server (`total` counts the rows of the whole subtree).
 */
export function MatrixTable({
  matrix,
  loading,
  page,
  pageSize,
  onPageChange,
}: {
  matrix: ResponsibilityMatrix | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const offsetHeader = useStickyOffset();
  const rows = matrix?.rows ?? [];
  const baseDepth = rows.reduce((min, row) => Math.min(min, row.depth), Number.POSITIVE_INFINITY);

  const roleColumns: ColumnsType<ResponsibilityMatrixRow> = (matrix?.roles ?? []).map((role: DutyRole) => ({
    title: t(`duty.role.${role}`),
    key: role,
    // the organization, the problems and the seven roles fit 1440 px beside the menu; longer names wrap
    width: 104,
    onCell: (row) =>
      row.vacancies.some((vacancy) => vacancy.role === role)
        ? { className: 'matrix-cell-vacant', 'data-vacant': 'true' }
        : {},
    render: (_, row) => {
      const holders = row.cells[role] ?? [];
      if (holders.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
      return (
        <Flex vertical gap={2}>
          {holders.map((cell) => (
            <span key={cell.assignmentId}>
              <Link to={`/people/${cell.personId}`}>{cell.personName}</Link>
              {cell.channelName && (
                <Typography.Text type="secondary">{withNote(t, '', cell.channelName)}</Typography.Text>
              )}
            </span>
          ))}
        </Flex>
      );
    },
  }));

  const columns: ColumnsType<ResponsibilityMatrixRow> = [
    {
      title: t('duty.matrix.organization'),
      key: 'organization',
      fixed: 'left',
      width: 200,
      render: (_, row) => (
        <Tooltip title={[...row.pathNames, row.name].join(' / ')}>
          <span style={{ paddingInlineStart: (row.depth - baseDepth) * 16, display: 'inline-block' }}>
            <Link to={`/organizations/${row.organizationId}/duties`}>{row.name}</Link>
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('duty.matrix.problems'),
      key: 'vacancies',
      width: 170,
      render: (_, row) =>
        row.vacancies.length > 0 ? (
          <Flex wrap gap={4}>
            {row.vacancies.map((vacancy, index) => (
              <VacancyTag
                key={`${vacancy.type}-${vacancy.assignmentId ?? vacancy.channelId ?? index}`}
                vacancy={vacancy}
              />
            ))}
          </Flex>
        ) : null,
    },
    ...roleColumns,
  ];

  return (
    <Table<ResponsibilityMatrixRow>
      data-testid="matrix-table"
      rowKey="organizationId"
      size="small"
      bordered
      sticky={{ offsetHeader }}
      loading={loading}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.vacancies.length > 0 ? 'matrix-row-problem' : '')}
      onRow={(row) =>
        ({
          'data-org-id': row.organizationId,
          'data-vacancies': row.vacancies.length,
        }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: t('duty.matrix.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: matrix?.total ?? 0,
        pageSizeOptions: PAGE_SIZES,
        showSizeChanger: true,
        hideOnSinglePage: (matrix?.total ?? 0) <= PAGE_SIZES[0],
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
