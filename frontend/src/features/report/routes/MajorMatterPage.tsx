import { App, Button, Card, Descriptions, Flex, Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentList } from '@/components/AttachmentList';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { ReasonModal } from '@/components/ReasonModal';
import { FileCaseLink } from '@/features/accountability';
import { formatDateTime } from '@/lib/format';
import { ApiProblem } from '@/lib/problem';
import { reportFileUrls, useDownloadReportFile } from '../api/files';
import { useAcknowledgeMatter, useCloseMatter, useMajorMatter } from '../api/major-matters';
import type { MajorMatter } from '../api/types';
import { FollowUpForm } from '../components/FollowUpForm';
import { ForwardModal } from '../components/ForwardModal';
import { showReportProblem } from '../components/problems';
import { majorMatterActions } from '../components/status';
import { LateTag, MatterStatusTag, TimeLeftBadge } from '../components/tags';
import { useSides } from '../components/use-sides';
import '../locale';

function Thread({ matter }: { matter: MajorMatter }) {
  const { t } = useTranslation();
  const download = useDownloadReportFile();
  if (matter.followUps.length === 0) {
    return <Typography.Text type="secondary">{t('report.matter.detail.noFollowUps')}</Typography.Text>;
  }
  return (
    <Timeline
      data-testid="follow-ups"
      items={matter.followUps.map((followUp) => ({
        key: followUp.id,
        children: (
          <div data-testid="follow-up">
            <Typography.Text strong>
              {followUp.organizationName} · {followUp.authorName}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(followUp.createdAt)}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
              {followUp.text}
            </Typography.Paragraph>
            {followUp.attachments.length > 0 && (
              <AttachmentList
                testId="follow-up-attachments"
                itemTestId="report-attachment"
                files={followUp.attachments}
                onDownload={(file) =>
                  download.mutateAsync({
                    url: reportFileUrls.followUpAttachment(matter.id, followUp.id, file.id),
                    fileName: file.fileName,
                  })
                }
              />
            )}
          </div>
        ),
      }))}
    />
  );
}

function MatterDetail({ matter }: { matter: MajorMatter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const recipientIds = [
    ...new Set([
      matter.recipientOrganizationId,
      ...matter.recipients.map((recipient) => recipient.organizationId),
    ]),
  ];
  const sides = useSides(matter.organizationId, recipientIds);
  const actions = majorMatterActions(matter, sides);
  const acknowledge = useAcknowledgeMatter();
  const close = useCloseMatter();
  const [dialog, setDialog] = useState<'forward' | 'close'>();

  return (
    <Flex vertical gap={16}>
      <Card
        data-testid="major-matter"
        data-status={matter.status}
        title={
          <Space wrap>
            <span>{matter.title}</span>
            <MatterStatusTag status={matter.status} />
            <TimeLeftBadge matter={matter} />
            <LateTag late={matter.late} />
          </Space>
        }
        extra={
          <Space wrap>
            {actions.acknowledge && (
              <Button
                type="primary"
                loading={acknowledge.isPending}
                onClick={() =>
                  acknowledge.mutate(matter, {
                    onSuccess: () => void message.success(t('report.matter.detail.acknowledged')),
                    onError: (error) => showReportProblem(error, message),
                  })
                }
              >
                {t('report.matter.detail.acknowledge')}
              </Button>
            )}
            {actions.forward && (
              <Button onClick={() => setDialog('forward')}>{t('report.matter.detail.forward')}</Button>
            )}
            {actions.close && (
              <Button danger onClick={() => setDialog('close')}>
                {t('report.matter.detail.close')}
              </Button>
            )}
            <FileCaseLink
              link={{ kind: 'MAJOR_MATTER', id: matter.id }}
              subjectOrganizationId={matter.organizationId}
              incidentDate={dayjs(matter.occurredAt).format('YYYY-MM-DD')}
            />
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('report.matter.field.organization')}>
            {matter.organizationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.category')}>
            {t(`report.matter.category.${matter.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.occurredAt')}>
            {formatDateTime(matter.occurredAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.learnedAt')}>
            {formatDateTime(matter.learnedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.reportedAt')}>
            {formatDateTime(matter.reportedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.reportDeadline')}>
            <Space size={4}>
              {formatDateTime(matter.reportDeadline)}
              <LateTag late={matter.late} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.ackDeadline')}>
            {formatDateTime(matter.ackDeadline)}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.matter.field.recipient')}>
            <Flex vertical data-testid="matter-recipients">
              {matter.recipients.length === 0
                ? matter.recipientOrganizationName
                : matter.recipients.map((recipient, index) => (
                    <span key={recipient.organizationId}>
                      {recipient.organizationName}
                      {/* the first recipient is where it was reported; the ones after it were forwarded to */}
                      {index > 0 && recipient.forwardedAt && (
                        <Typography.Text type="secondary">
                          {' '}
                          {t('report.matter.detail.forwardedBy', {
                            name: recipient.forwardedByName ?? '',
                            at: formatDateTime(recipient.forwardedAt),
                          })}
                        </Typography.Text>
                      )}
                    </span>
                  ))}
            </Flex>
          </Descriptions.Item>
          {matter.acknowledgedAt && (
            <Descriptions.Item label={t('report.matter.status.ACKNOWLEDGED')} span={2}>
              {t('report.matter.detail.acknowledgedBy', {
                name: matter.acknowledgedByName ?? '',
                at: formatDateTime(matter.acknowledgedAt),
              })}
              {matter.ackOverdue && (
                <Typography.Text type="danger"> {t('report.matter.badge.ackLate')}</Typography.Text>
              )}
            </Descriptions.Item>
          )}
          {matter.channelId != null && (
            <Descriptions.Item label={t('report.matter.field.channel')}>
              <Link to={`/channels/${matter.channelId}`}>#{matter.channelId}</Link>
            </Descriptions.Item>
          )}
          {matter.publicationId != null && (
            <Descriptions.Item label={t('report.matter.field.publication')}>
              <Link to={`/publications/${matter.publicationId}`}>#{matter.publicationId}</Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('report.matter.field.description')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{matter.description}</span>
          </Descriptions.Item>
          {matter.actionsTaken && (
            <Descriptions.Item label={t('report.matter.field.actionsTaken')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{matter.actionsTaken}</span>
            </Descriptions.Item>
          )}
          {matter.closedAt && (
            <Descriptions.Item label={t('report.matter.field.conclusion')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="matter-conclusion">
                {matter.conclusion}
              </span>{' '}
              <Typography.Text type="secondary">{formatDateTime(matter.closedAt)}</Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('report.matter.detail.thread')}>
        <Flex vertical gap={16}>
          <Thread matter={matter} />
          {actions.followUp && <FollowUpForm matter={matter} />}
        </Flex>
      </Card>
      {dialog === 'forward' && <ForwardModal matter={matter} onClose={() => setDialog(undefined)} />}
      {dialog === 'close' && (
        <ReasonModal
          title={t('report.matter.detail.closeTitle')}
          okText={t('report.matter.detail.close')}
          danger
          hint={t('report.matter.detail.closeHint')}
          name="close-matter"
          testId="close-matter-form"
          reason={{
            label: t('report.matter.field.conclusion'),
            requiredMessage: t('report.matter.detail.closeRequired'),
            rows: 4,
          }}
          pending={close.isPending}
          onCancel={() => setDialog(undefined)}
          onSubmit={async ({ reason }) => {
            await close.mutateAsync({ matter, conclusion: reason ?? '' });
            void message.success(t('report.matter.detail.closed'));
            setDialog(undefined);
          }}
        />
      )}
    </Flex>
  );
}

/** A major matter: what happened, its deadlines, the chain it went up, the follow-ups, and the recipient's steps. */
export default function MajorMatterPage() {
  const id = Number(useParams().id) || undefined;
  const matter = useMajorMatter(id);
  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (matter.isError) return <QueryError error={matter.error} onRetry={() => void matter.refetch()} />;
  if (matter.isPending) return <PageSpin />;
  return <MatterDetail matter={matter.data} />;
}
