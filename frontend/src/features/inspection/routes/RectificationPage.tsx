import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Popconfirm,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { FileCaseLink } from '@/features/accountability';
import { QueryError } from '@/components/QueryError';
import { ReasonModal } from '@/components/ReasonModal';
import { formatDate, formatDateTime } from '@/lib/format';
import { ApiProblem } from '@/lib/problem';
import { useDownload } from '@/lib/use-download';
import { inspectionFileUrls } from '../api/files';
import {
  useDecideExtension,
  useRectification,
  useRectificationStep,
  useRejectRectification,
  useRequestExtension,
  type RectificationStep,
} from '../api/rectifications';
import type { Rectification } from '../api/types';
import { ESCALATION_AUDIENCES, ladderStep } from '../components/deadline';
import { EscalationHistory } from '../components/EscalationHistory';
import { ProgressForm } from '../components/ProgressForm';
import { showInspectionProblem } from '../components/problems';
import { rectificationActions } from '../components/status';
import { DueBadge, EscalationTag, RectificationStatusTag, SeverityTag } from '../components/tags';
import { useRectificationSides } from '../components/use-sides';
import '../locale';
import { punctuation, withNote } from '@/lib/punctuation';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Detail({ r }: { r: Rectification }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sides = useRectificationSides(r);
  const actions = rectificationActions(r, sides);
  const step = useRectificationStep();
  const reject = useRejectRectification();
  const extend = useRequestExtension();
  const decide = useDecideExtension();
  const download = useDownload();
  const [rejecting, setRejecting] = useState(false);
  const [extending, setExtending] = useState(false);
  const finding = r.finding;
  const ladder = ladderStep(r.escalationLevel);

  async function run(name: RectificationStep, done: string) {
    try {
      await step.mutateAsync({ rectification: r, step: name });
      void message.success(t(done));
    } catch (error) {
      showInspectionProblem(error, message);
    }
  }

  const buttons = (
    <Space wrap data-testid="rectification-actions">
      {actions.submit && (
        <Popconfirm
          title={t('inspection.rectification.submitConfirm', { raising: finding.raisingOrganizationName })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('submit', 'inspection.rectification.submitted')}
        >
          <Button type="primary" loading={step.isPending}>
            {t('inspection.rectification.submit')}
          </Button>
        </Popconfirm>
      )}
      {actions.verify && (
        <Button
          type="primary"
          loading={step.isPending}
          onClick={() => run('verify', 'inspection.rectification.verified')}
        >
          {t('inspection.rectification.verify')}
        </Button>
      )}
      {actions.reject && (
        <Button danger onClick={() => setRejecting(true)}>
          {t('inspection.rectification.reject')}
        </Button>
      )}
      {actions.requestExtension && (
        <Button onClick={() => setExtending(true)}>{t('inspection.rectification.requestExtension')}</Button>
      )}
      <FileCaseLink
        link={{ kind: 'RECTIFICATION', id: r.id }}
        subjectOrganizationId={finding.targetOrganizationId}
      />
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      {r.overdue && ladder > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="escalation-alert"
          title={t('inspection.escalation.alert', {
            who: ESCALATION_AUDIENCES[ladder as 1 | 2 | 3]
              .map((key) => t(key))
              .join(punctuation(t).listSeparator),
          })}
          description={<EscalationHistory escalations={r.escalations} />}
        />
      )}
      {r.rejectComment && r.status !== 'VERIFIED' && (
        <Alert
          type="warning"
          showIcon
          data-testid="reject-comment"
          title={t('inspection.rectification.rejectedWith', { comment: r.rejectComment })}
        />
      )}
      <Card
        data-testid="rectification"
        data-status={r.status}
        title={
          <Space wrap>
            <span>{finding.targetOrganizationName}</span>
            <RectificationStatusTag status={r.status} />
            <DueBadge r={r} />
            <EscalationTag r={r} />
          </Space>
        }
        extra={buttons}
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('inspection.ledger.problem')} span={2}>
            <span data-testid="rectification-problem">{finding.description}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.finding.severity')}>
            <SeverityTag severity={finding.severity} />
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.finding.source')}>
            {finding.inspectionId ? (
              <Link to={`/inspections/${finding.inspectionId}`}>
                {t(`inspection.source.${finding.source}`)}
                {finding.itemCode ? ` · ${finding.itemCode}` : ''}
              </Link>
            ) : (
              t(`inspection.source.${finding.source}`)
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.finding.raising')}>
            {finding.raisingOrganizationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.rectification.responsible')}>
            <span data-testid="rectification-responsible">
              {withNote(
                t,
                r.responsiblePersonName ?? '—',
                t(`duty.role.${r.responsibleRole}`, { defaultValue: r.responsibleRole }),
              )}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.rectification.measures')} span={2}>
            {r.measures}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspection.rectification.deadline')} span={2}>
            {r.longTerm ? (
              <Space wrap>
                <Tag color="cyan">{t('inspection.rectification.longTerm')}</Tag>
                {t('inspection.rectification.checkDatesList', {
                  dates: r.checkDates.map(formatDate).join(punctuation(t).listSeparator),
                })}
              </Space>
            ) : (
              <span data-testid="rectification-deadline">{formatDate(r.deadline)}</span>
            )}
          </Descriptions.Item>
          {!r.overdue && r.escalations.length > 0 && (
            <Descriptions.Item label={t('inspection.escalation.history')} span={2}>
              <EscalationHistory escalations={r.escalations} />
            </Descriptions.Item>
          )}
          {r.submittedAt && (
            <Descriptions.Item label={t('inspection.rectification.submittedAt')}>
              {formatDateTime(r.submittedAt)} {r.submittedByName}
            </Descriptions.Item>
          )}
          {r.verifiedAt && (
            <Descriptions.Item label={t('inspection.rectification.verifiedAt')}>
              <span data-testid="rectification-verified">
                {formatDateTime(r.verifiedAt)} {r.verifiedByName}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Flex gap={16} wrap align="start">
        <Card
          title={t('inspection.rectification.progress')}
          style={{ flex: '2 1 420px' }}
          data-testid="rectification-progress"
        >
          {r.progress.length === 0 ? (
            <Typography.Text type="secondary">{t('inspection.rectification.noProgress')}</Typography.Text>
          ) : (
            <Timeline
              items={[...r.progress]
                .sort((a, b) => a.id - b.id)
                .map((entry) => ({
                  key: entry.id,
                  children: (
                    <div data-testid="progress-entry">
                      <Typography.Text type="secondary">
                        {formatDateTime(entry.createdAt)} {entry.authorName}
                      </Typography.Text>
                      <div>{entry.text}</div>
                      {entry.attachments.map((file) => (
                        <Button
                          key={file.id}
                          type="link"
                          size="small"
                          data-testid="evidence"
                          data-sha256={file.sha256}
                          icon={<DownloadOutlined aria-hidden />}
                          onClick={() =>
                            download.mutate(
                              {
                                url: inspectionFileUrls.evidence(r.id, entry.id, file.id),
                                fileName: file.fileName,
                              },
                              { onError: (error) => showInspectionProblem(error, message) },
                            )
                          }
                        >
                          {withNote(t, file.fileName, formatSize(file.size))}
                        </Button>
                      ))}
                    </div>
                  ),
                }))}
            />
          )}
          {actions.progress && <ProgressForm rectification={r} />}
        </Card>
        <Card
          title={t('inspection.rectification.extensions')}
          style={{ flex: '1 1 300px' }}
          data-testid="rectification-extensions"
        >
          <List
            size="small"
            dataSource={r.extensions}
            locale={{ emptyText: t('inspection.rectification.noExtensions') }}
            renderItem={(ext) => (
              <List.Item
                data-testid="extension"
                data-status={ext.status}
                actions={
                  actions.decideExtension && ext.status === 'PENDING'
                    ? [
                        <Button
                          key="approve"
                          size="small"
                          type="primary"
                          loading={decide.isPending}
                          onClick={() =>
                            decide
                              .mutateAsync({ rectification: r, extensionId: ext.id, decision: 'approve' })
                              .catch((error: unknown) => showInspectionProblem(error, message))
                          }
                        >
                          {t('inspection.rectification.approve')}
                        </Button>,
                        <Button
                          key="refuse"
                          size="small"
                          danger
                          loading={decide.isPending}
                          onClick={() =>
                            decide
                              .mutateAsync({ rectification: r, extensionId: ext.id, decision: 'refuse' })
                              .catch((error: unknown) => showInspectionProblem(error, message))
                          }
                        >
                          {t('inspection.rectification.refuse')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {t('inspection.rectification.extendTo', { date: formatDate(ext.requestedDeadline) })}
                      <Tag>{t(`inspection.rectification.extensionStatus.${ext.status}`)}</Tag>
                    </Space>
                  }
                  description={`${ext.reason}${ext.decidedByName ? ` · ${ext.decidedByName}` : ''}`}
                />
              </List.Item>
            )}
          />
        </Card>
      </Flex>
      {rejecting && (
        <ReasonModal
          title={t('inspection.rectification.rejectTitle')}
          okText={t('inspection.rectification.reject')}
          danger
          hint={t('inspection.rectification.rejectHint')}
          name="reject-rectification"
          testId="reject-rectification-form"
          reason={{
            label: t('inspection.rectification.rejectComment'),
            requiredMessage: t('inspection.rectification.rejectRequired'),
          }}
          pending={reject.isPending}
          onCancel={() => setRejecting(false)}
          onSubmit={async ({ reason }) => {
            await reject.mutateAsync({ rectification: r, comment: reason ?? '' });
            void message.success(t('inspection.rectification.rejected'));
            setRejecting(false);
          }}
        />
      )}
      {extending && (
        <ReasonModal
          title={t('inspection.rectification.requestExtension')}
          okText={t('inspection.rectification.requestExtension')}
          hint={t('inspection.rectification.extensionHint', { raising: finding.raisingOrganizationName })}
          name="request-extension"
          testId="request-extension-form"
          date={{
            field: 'requestedDeadline',
            label: t('inspection.rectification.requestedDeadline'),
            requiredMessage: t('inspection.rectification.deadlineRequired'),
          }}
          reason={{
            label: t('inspection.rectification.extensionReason'),
            requiredMessage: t('inspection.rectification.extensionReasonRequired'),
          }}
          pending={extend.isPending}
          onCancel={() => setExtending(false)}
          onSubmit={async ({ date, reason }) => {
            await extend.mutateAsync({
              rectification: r,
              requestedDeadline: date ?? '',
              reason: reason ?? '',
            });
            void message.success(t('inspection.rectification.extensionRequested'));
            setExtending(false);
          }}
        />
      )}
    </Flex>
  );
}

/** 整改: the problem, measures, owner, deadline; progress with evidence; submit, verify or reject; extensions. */
export default function RectificationPage() {
  const id = Number(useParams().id) || undefined;
  const rectification = useRectification(id);
  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (rectification.isError)
    return <QueryError error={rectification.error} onRetry={() => void rectification.refetch()} />;
  if (rectification.isPending) return <PageSpin />;
  return <Detail key={`${rectification.data.id}-${rectification.data.version}`} r={rectification.data} />;
}
