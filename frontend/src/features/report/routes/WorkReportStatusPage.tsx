import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/me';
import { OrganizationSelect, useOrganization } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { formatDate, formatDateTime } from '@/lib/format';
import { showProblem } from '@/lib/form-errors';
import { reportFileUrls, useDownloadReportFile } from '../api/files';
import type { StatusBoardRow, WorkReportKind } from '../api/types';
import { WORK_REPORT_KINDS } from '../components/kinds';
import { useStatusBoard } from '../api/work-reports';
import { summarize } from '../components/board';
import { periodLabel } from '../components/labels';
import { currentPeriod, periodFits, periodsOf } from '../components/status';
import { LateTag, WorkReportStatusTag } from '../components/tags';
import '../locale';

/** 汇报情况: for one organization and period, which children have reported, which late, which not yet. */
export default function WorkReportStatusPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayApiDate();
  const kindParam = searchParams.get('kind') as WorkReportKind;
  const kind: WorkReportKind = WORK_REPORT_KINDS.includes(kindParam) ? kindParam : 'SEMIANNUAL';
  const periodParam = searchParams.get('period');
  const period = periodFits(kind, periodParam) ? periodParam! : currentPeriod(kind, today);
  const under =
    Number(searchParams.get('under')) || me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId;
  const params = under ? { under, period, kind } : undefined;
  const board = useStatusBoard(params);
  const organization = useOrganization(under);
  const download = useDownloadReportFile();
  const year = Number(today.slice(0, 4));
  const periods = [year + 1, year, year - 1, year - 2, year - 3].flatMap((y) => periodsOf(kind, y));

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next)) merged.set(key, value);
    setSearchParams(merged);
  }

  const rows = board.data?.rows ?? [];
  const summary = summarize(rows);

  return (
    <Card
      title={t('report.board.title')}
      extra={
        params && (
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={download.isPending}
            data-testid="board-export"
            onClick={() =>
              download.mutate(
                {
                  url: reportFileUrls.statusSheet(params),
                  fileName: `${t('report.board.fileName', {
                    organization: organization.data?.name ?? '',
                    period: periodLabel(period, t),
                    kind: t(`report.kind.${kind}`),
                  })}.xlsx`,
                },
                { onError: (error) => showProblem(error, message) },
              )
            }
          >
            {t('report.board.export')}
          </Button>
        )
      }
    >
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <OrganizationSelect
          aria-label={t('report.board.under')}
          placeholder={t('report.board.under')}
          value={under}
          allowClear={false}
          onChange={(id) => id && update({ under: String(id) })}
          style={{ width: 240 }}
        />
        <Select<WorkReportKind>
          aria-label={t('report.field.kind')}
          value={kind}
          style={{ width: 140 }}
          onChange={(value) => update({ kind: value, period: currentPeriod(value, today) })}
          options={WORK_REPORT_KINDS.map((value) => ({ value, label: t(`report.kind.${value}`) }))}
        />
        <Select<string>
          aria-label={t('report.field.period')}
          value={period}
          style={{ width: 160 }}
          onChange={(value) => update({ period: value })}
          options={periods.map((value) => ({ value, label: periodLabel(value, t) }))}
        />
      </Flex>
      {!params ? (
        <Typography.Text type="secondary">{t('report.board.pickOrganization')}</Typography.Text>
      ) : board.isError ? (
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <Flex vertical gap={8}>
          <Space wrap data-testid="board-summary">
            {board.data?.dueOn && (
              <span>{t('report.board.dueOn', { date: formatDate(board.data.dueOn) })}</span>
            )}
            <span>{t('report.board.summary', { ...summary })}</span>
          </Space>
          <Table<StatusBoardRow>
            data-testid="status-board"
            rowKey="organizationId"
            size="small"
            loading={board.isFetching}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('report.board.empty') }}
            onRow={(row) =>
              ({
                'data-testid': 'board-row',
                'data-org-id': row.organizationId,
                'data-status': row.status,
              }) as React.HTMLAttributes<HTMLTableRowElement>
            }
            columns={[
              {
                title: t('report.field.organization'),
                dataIndex: 'organizationName',
                render: (name: string, row) =>
                  row.reportId ? <Link to={`/work-reports/${row.reportId}`}>{name}</Link> : name,
              },
              {
                title: t('report.field.status'),
                key: 'status',
                render: (_, row) => (
                  <Space size={4}>
                    <WorkReportStatusTag status={row.status} />
                    <LateTag late={row.late} />
                  </Space>
                ),
              },
              {
                title: t('report.field.submittedAt'),
                dataIndex: 'submittedAt',
                render: (value?: string | null) => formatDateTime(value) || '—',
              },
              {
                title: t('common.actions'),
                key: 'open',
                render: (_, row) =>
                  row.reportId ? (
                    <Link to={`/work-reports/${row.reportId}`}>{t('report.board.open')}</Link>
                  ) : null,
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
