import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { OrganizationSelect } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useDownload } from '@/lib/use-download';
import { inspectionFileUrls } from '../api/files';
import { useLedger, useMyRectifications } from '../api/rectifications';
import {
  FINDING_SOURCES,
  RECTIFICATION_STATUSES,
  type FindingSource,
  type Rectification,
  type RectificationStatus,
} from '../api/types';
import { newestProgress } from '../api/rectifications';
import { showInspectionProblem } from '../components/problems';
import { DueBadge, EscalationTag, RectificationStatusTag } from '../components/tags';
import '../locale';
import { labelled } from '@/lib/punctuation';

/** What waits for me: rectifications I own, and those I may verify. */
function Waiting() {
  const { t } = useTranslation();
  const mine = useMyRectifications();
  if (!mine.data) return null;
  const groups = [
    { key: 'owned', color: 'blue', items: mine.data.owned },
    { key: 'toVerify', color: 'orange', items: mine.data.toVerify },
  ].filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <Flex gap={8} wrap align="center" data-testid="rectifications-waiting">
      <span>{labelled(t, t('inspection.ledger.waiting'), '')}</span>
      {groups.map((group) => (
        <Space key={group.key} size={4} wrap>
          <Tag color={group.color}>{t(`inspection.ledger.${group.key}`, { count: group.items.length })}</Tag>
          {group.items.slice(0, 5).map((r) => (
            <Link key={r.id} to={`/rectifications/${r.id}`}>
              {r.finding.targetOrganizationName} · {r.finding.description.slice(0, 16)}
            </Link>
          ))}
        </Space>
      ))}
    </Flex>
  );
}

/** 整改台账: every rectification in reach, filtered in the address (?under=&status=&overdue=1&source=), and its xlsx. */
export default function LedgerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const params = useListParams();
  const under = params.id('under');
  const status = params.oneOf<RectificationStatus>('status', RECTIFICATION_STATUSES);
  const source = params.oneOf<FindingSource>('source', FINDING_SOURCES);
  const overdue = params.flag('overdue') || undefined;
  const filters = { under, status, source, overdue };
  const ledger = useLedger({ ...filters, page: params.page, size: params.size });
  const download = useDownload();

  return (
    <Flex vertical gap={12}>
      <Waiting />
      <PagedListPage<Rectification>
        title={t('inspection.ledger.title')}
        testId="rectification-ledger"
        list={ledger}
        page={params.page}
        onPage={(next) => params.update({ page: next })}
        emptyText={t('inspection.ledger.empty')}
        extra={
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            loading={download.isPending}
            data-testid="ledger-export"
            onClick={() =>
              download.mutate(
                {
                  url: inspectionFileUrls.ledger(filters),
                  fileName: t('inspection.ledger.fileName', { date: todayApiDate() }),
                },
                { onError: (error) => showInspectionProblem(error, message) },
              )
            }
          >
            {t('inspection.ledger.export')}
          </Button>
        }
        filters={
          <>
            <OrganizationSelect
              aria-label={t('inspection.ledger.under')}
              placeholder={t('inspection.ledger.under')}
              value={under}
              onChange={(id) => params.update({ under: id ?? null })}
              style={{ width: 240 }}
            />
            <Select<RectificationStatus>
              aria-label={t('inspection.field.status')}
              placeholder={t('inspection.field.status')}
              allowClear
              value={status}
              style={{ width: 140 }}
              onChange={(value) => params.update({ status: value ?? null })}
              options={RECTIFICATION_STATUSES.map((value) => ({
                value,
                label: t(`inspection.rectification.status.${value}`),
              }))}
            />
            <Select<FindingSource>
              aria-label={t('inspection.finding.source')}
              placeholder={t('inspection.finding.source')}
              allowClear
              value={source}
              style={{ width: 140 }}
              onChange={(value) => params.update({ source: value ?? null })}
              options={FINDING_SOURCES.map((value) => ({ value, label: t(`inspection.source.${value}`) }))}
            />
            <Checkbox
              checked={!!overdue}
              onChange={(event) => params.update({ overdue: event.target.checked ? 1 : null })}
            >
              {t('inspection.ledger.overdueOnly')}
            </Checkbox>
          </>
        }
        columns={[
          {
            title: t('inspection.ledger.problem'),
            key: 'problem',
            render: (_, r) => (
              <Link to={`/rectifications/${r.id}`} data-testid="rectification-link">
                {labelled(t, r.finding.targetOrganizationName, r.finding.description)}
              </Link>
            ),
          },
          { title: t('inspection.rectification.measures'), dataIndex: 'measures' },
          {
            title: t('inspection.rectification.responsible'),
            key: 'responsible',
            render: (_, r) =>
              r.responsiblePersonName ??
              t(`duty.role.${r.responsibleRole}`, { defaultValue: r.responsibleRole }),
          },
          {
            title: t('inspection.rectification.deadline'),
            key: 'deadline',
            render: (_, r) =>
              r.longTerm ? (
                <Tag color="cyan">{t('inspection.rectification.longTerm')}</Tag>
              ) : (
                formatDate(r.deadline) || '—'
              ),
          },
          {
            title: t('inspection.ledger.progress'),
            key: 'progress',
            render: (_, r) => newestProgress(r)?.text ?? '—',
          },
          {
            title: t('inspection.ledger.completion'),
            key: 'completion',
            render: (_, r) => (
              <Space size={4} wrap data-testid="ledger-row" data-status={r.status} data-overdue={r.overdue}>
                <RectificationStatusTag status={r.status} />
                <DueBadge r={r} />
                <EscalationTag r={r} withNames />
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
