import { ExclamationCircleOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDownload } from '@/lib/use-download';
import { ApiProblem } from '@/lib/problem';
import { inspectionFileUrls } from '../api/files';
import { useInspection, useInspectionStep, useResults, type InspectionStep } from '../api/inspections';
import type { Inspection, ResultRow } from '../api/types';
import { canWriteInspections } from '../components/access';
import { EditPlanModal } from '../components/EditPlanModal';
import { periodLabel } from '../components/labels';
import { showInspectionProblem } from '../components/problems';
import { inspectionActions } from '../components/status';
import { GradeTag, InspectionStatusTag } from '../components/tags';
import '../locale';
import { punctuation } from '@/lib/punctuation';

/** 开始, 进入评分, 结束并锁定: the one step the status allows (the last one asks first). */
function StepButtons({ inspection, writes }: { inspection: Inspection; writes: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useInspectionStep();
  const actions = inspectionActions(inspection, writes);
  const [editing, setEditing] = useState(false);

  // The next step's button appears while the last one still refreshes: disabled (a click waits), not a spinner that
  // swallows the click.
  const busy = (name: InspectionStep) => ({
    loading: step.isPending && step.variables?.step === name,
    disabled: step.isPending,
  });

  async function run(name: InspectionStep) {
    try {
      await step.mutateAsync({ inspection, step: name });
      void message.success(t(`inspection.detail.done.${name}`));
    } catch (error) {
      showInspectionProblem(error, message);
    }
  }

  return (
    <Space wrap data-testid="inspection-actions">
      {actions.edit && <Button onClick={() => setEditing(true)}>{t('inspection.detail.edit')}</Button>}
      {editing && <EditPlanModal inspection={inspection} onClose={() => setEditing(false)} />}
      {actions.start && (
        <Button type="primary" {...busy('start')} onClick={() => run('start')}>
          {t('inspection.detail.start')}
        </Button>
      )}
      {actions.scoring && (
        <Button type="primary" {...busy('scoring')} onClick={() => run('scoring')}>
          {t('inspection.detail.toScoring')}
        </Button>
      )}
      {actions.conclude && (
        <Popconfirm
          title={t('inspection.detail.concludeConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('conclude')}
        >
          <Button type="primary" danger {...busy('conclude')}>
            {t('inspection.detail.conclude')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** Results and ranking: the whole table for the inspecting side; a target's staff see their row after conclusion. */
function ResultsCard({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const results = useResults(inspection.id);
  const download = useDownload();
  const hidden = results.isError && (results.error as ApiProblem).status === 404;

  return (
    <Card
      title={t('inspection.results.title')}
      data-testid="inspection-results"
      extra={
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          loading={download.isPending}
          disabled={hidden}
          onClick={() =>
            download.mutate(
              { url: inspectionFileUrls.results(inspection.id), fileName: `${inspection.title}.xlsx` },
              { onError: (error) => showInspectionProblem(error, message) },
            )
          }
        >
          {t('inspection.results.export')}
        </Button>
      }
    >
      {hidden ? (
        <Typography.Text type="secondary">{t('inspection.results.notYet')}</Typography.Text>
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <Table<ResultRow>
          rowKey="organizationId"
          size="small"
          pagination={false}
          loading={results.isFetching}
          dataSource={[...(results.data?.rows ?? [])].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))}
          onRow={(row) =>
            ({
              'data-testid': 'result-row',
              'data-org-id': row.organizationId,
              'data-rank': row.rank ?? '',
            }) as never
          }
          columns={[
            {
              title: t('inspection.results.rank'),
              dataIndex: 'rank',
              width: 80,
              render: (rank: number | null) => rank ?? '—',
            },
            { title: t('inspection.results.target'), dataIndex: 'organizationName' },
            {
              title: t('inspection.results.total'),
              dataIndex: 'total',
              render: (total: number | null) => total ?? '—',
            },
            {
              title: t('inspection.results.grade'),
              key: 'grade',
              render: (_, row) => (
                <Space size={4}>
                  <GradeTag grade={row.grade} />
                  {row.vetoFailed && <Tag color="red">{t('inspection.results.vetoFailed')}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function Detail({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const access = useAccess();
  const writes = canWriteInspections(access);
  const actions = inspectionActions(inspection, writes);
  const results = useResults(inspection.id);
  const scored = new Map((results.data?.rows ?? []).map((row) => [row.organizationId, row]));

  return (
    <Flex vertical gap={16}>
      <Card
        data-testid="inspection"
        data-status={inspection.status}
        title={
          <Space wrap>
            <span>{inspection.title}</span>
            <InspectionStatusTag status={inspection.status} />
          </Space>
        }
        extra={<StepButtons inspection={inspection} writes={writes} />}
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
          <Descriptions.Item label={t('inspection.field.organization')}>
            {inspection.organizationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.kind')}>
            {t(`inspection.kind.${inspection.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.period')}>
            {periodLabel(inspection.period, t)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.template')}>
            <Link to={`/scoring-templates/${inspection.templateId}`}>{inspection.templateName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.dates')}>
            {formatDate(inspection.startsOn)} ~ {formatDate(inspection.endsOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.concludedAt')}>
            {formatDateTime(inspection.concludedAt) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.team')} span={3}>
            {inspection.team.map((member) => member.name).join(punctuation(t).listSeparator) || '—'}
          </Descriptions.Item>
          {inspection.draw && (
            <Descriptions.Item label={t('inspection.plan.drawTitle')} span={3}>
              <span data-testid="draw-record">
                {t('inspection.detail.drawRecord', {
                  count: inspection.draw.count,
                  candidates: inspection.draw.candidateIds.length,
                  seed: inspection.draw.seed ?? '—',
                })}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('inspection.field.targets')} data-testid="inspection-targets">
        <Table
          rowKey="organizationId"
          size="small"
          pagination={false}
          dataSource={inspection.targets}
          onRow={(target) => ({ 'data-testid': 'target-row', 'data-org-id': target.organizationId }) as never}
          columns={[
            { title: t('inspection.results.target'), dataIndex: 'organizationName' },
            {
              title: t('inspection.detail.scoreStatus'),
              key: 'scored',
              render: (_, target) => {
                const row = scored.get(target.organizationId);
                return row?.total != null ? (
                  <Space size={4} data-testid="target-scored" data-scored="true">
                    <Tag color="green">{t('inspection.detail.scored', { total: row.total })}</Tag>
                    <GradeTag grade={row.grade} />
                  </Space>
                ) : (
                  <Tag data-testid="target-scored" data-scored="false">
                    {t('inspection.detail.notScored')}
                  </Tag>
                );
              },
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, target) => (
                <Space wrap>
                  <Link
                    to={`/inspections/${inspection.id}/targets/${target.organizationId}`}
                    data-testid="score-link"
                  >
                    {actions.score ? t('inspection.detail.score') : t('inspection.detail.viewScores')}
                  </Link>
                  <Link
                    to={`/inspections/${inspection.id}/targets/${target.organizationId}/print`}
                    target="_blank"
                  >
                    <PrinterOutlined aria-hidden /> {t('inspection.detail.printSheet')}
                  </Link>
                  {writes && (
                    <Link
                      to={`/findings?raise=${target.organizationId}&inspectionId=${inspection.id}`}
                      data-testid="raise-finding-link"
                    >
                      <ExclamationCircleOutlined aria-hidden /> {t('inspection.finding.raise')}
                    </Link>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ResultsCard inspection={inspection} />
    </Flex>
  );
}

/** One inspection: its plan, the step its status allows, the targets with their score status, and the results. */
export default function InspectionPage() {
  const id = Number(useParams().id) || undefined;
  const inspection = useInspection(id);
  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (inspection.isError)
    return <QueryError error={inspection.error} onRetry={() => void inspection.refetch()} />;
  if (inspection.isPending) return <PageSpin />;
  return <Detail inspection={inspection.data} />;
}
