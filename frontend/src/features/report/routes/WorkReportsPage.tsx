import { BarChartOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { formatDate, formatDateTime } from '@/lib/format';
import type { WorkReport, WorkReportKind, WorkReportStatus } from '../api/types';
import { useMyWorkReports, useWorkReports } from '../api/work-reports';
import { canWriteReports } from '../components/access';
import { WORK_REPORT_KINDS, WORK_REPORT_STATUSES } from '../components/kinds';
import { periodLabel } from '../components/labels';
import { periodOptions } from '../components/period-options';
import { ReportStartModal } from '../components/ReportStartModal';
import { LateTag, WorkReportStatusTag } from '../components/tags';
import '../locale';
import { labelled } from '@/lib/punctuation';

/** What waits for the user: reports to sign off, to acknowledge, returned to them. */
function Waiting() {
  const { t } = useTranslation();
  const mine = useMyWorkReports();
  if (!mine.data) return null;
  const groups = [
    { key: 'toSignOff', color: 'blue', items: mine.data.toSignOff },
    { key: 'toAcknowledge', color: 'orange', items: mine.data.toAcknowledge },
    { key: 'returned', color: 'red', items: mine.data.returned },
  ].filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <Flex gap={8} wrap align="center" data-testid="work-reports-waiting">
      <span>{labelled(t, t('report.list.waiting'), '')}</span>
      {groups.map((group) => (
        <Space key={group.key} size={4} wrap>
          <Tag color={group.color}>{t(`report.list.${group.key}`, { count: group.items.length })}</Tag>
          {group.items.slice(0, 5).map((report) => (
            <Link key={report.id} to={`/work-reports/${report.id}`}>
              {report.title}
            </Link>
          ))}
        </Space>
      ))}
    </Flex>
  );
}

/** 工作汇报: the reports the user may read, filtered in the address (?organizationId=&period=&kind=&status=). */
export default function WorkReportsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const params = useListParams();
  const { page, update } = params;
  const organizationId = params.id('organizationId');
  const kind = params.oneOf<WorkReportKind>('kind', WORK_REPORT_KINDS);
  const status = params.oneOf<WorkReportStatus>('status', WORK_REPORT_STATUSES);
  const period = params.oneOf(
    'period',
    periodOptions(todayApiDate(), t, 8).map((option) => option.value),
  );
  const reports = useWorkReports({ organizationId, kind, status, period, page, size: params.size });
  const [starting, setStarting] = useState<'create' | 'compile'>();
  const writes = canWriteReports(access);

  return (
    <Flex vertical gap={12}>
      <Waiting />
      <PagedListPage<WorkReport>
        title={t('report.list.title')}
        testId="work-report-list"
        list={reports}
        page={page}
        onPage={(next) => update({ page: next })}
        emptyText={t('report.list.empty')}
        extra={
          <Space wrap>
            <Link to="/work-reports/status">
              <Button icon={<BarChartOutlined aria-hidden />}>{t('report.list.statusBoard')}</Button>
            </Link>
            {writes && (
              <Button icon={<MergeCellsOutlined aria-hidden />} onClick={() => setStarting('compile')}>
                {t('report.list.compile')}
              </Button>
            )}
            {writes && (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setStarting('create')}
              >
                {t('report.list.create')}
              </Button>
            )}
          </Space>
        }
        filters={
          <>
            <OrganizationSelect
              aria-label={t('report.field.organization')}
              placeholder={t('report.field.organization')}
              value={organizationId}
              onChange={(id) => update({ organizationId: id ?? null })}
              style={{ width: 240 }}
            />
            <Select<string>
              aria-label={t('report.field.period')}
              placeholder={t('report.field.period')}
              allowClear
              value={period}
              style={{ width: 160 }}
              onChange={(value) => update({ period: value ?? null })}
              options={periodOptions(todayApiDate(), t)}
            />
            <Select<WorkReportKind>
              aria-label={t('report.field.kind')}
              placeholder={t('report.field.kind')}
              allowClear
              value={kind}
              style={{ width: 140 }}
              onChange={(value) => update({ kind: value ?? null })}
              options={WORK_REPORT_KINDS.map((value) => ({ value, label: t(`report.kind.${value}`) }))}
            />
            <Select<WorkReportStatus>
              aria-label={t('report.field.status')}
              placeholder={t('report.field.status')}
              allowClear
              value={status}
              style={{ width: 140 }}
              onChange={(value) => update({ status: value ?? null })}
              options={WORK_REPORT_STATUSES.map((value) => ({ value, label: t(`report.status.${value}`) }))}
            />
          </>
        }
        columns={[
          {
            title: t('report.field.title'),
            dataIndex: 'title',
            render: (title: string, report) => (
              <Link to={`/work-reports/${report.id}`} data-testid="work-report-link">
                {title}
              </Link>
            ),
          },
          { title: t('report.field.organization'), dataIndex: 'organizationName' },
          { title: t('report.field.recipient'), dataIndex: 'recipientOrganizationName' },
          {
            title: t('report.field.kind'),
            dataIndex: 'kind',
            render: (value: WorkReportKind) => t(`report.kind.${value}`),
          },
          {
            title: t('report.field.period'),
            dataIndex: 'period',
            render: (value: string) => periodLabel(value, t),
          },
          {
            title: t('report.field.status'),
            key: 'status',
            render: (_, report) => (
              <Space size={4}>
                <WorkReportStatusTag status={report.status} />
                <LateTag late={report.late} />
              </Space>
            ),
          },
          {
            title: t('report.field.dueOn'),
            dataIndex: 'dueOn',
            render: (value?: string | null) => formatDate(value) || '—',
          },
          {
            title: t('report.field.submittedAt'),
            dataIndex: 'submittedAt',
            render: (value?: string | null) => formatDateTime(value) || '—',
          },
        ]}
      />
      {starting && <ReportStartModal mode={starting} onClose={() => setStarting(undefined)} />}
    </Flex>
  );
}
