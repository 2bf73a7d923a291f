import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { FileCaseLink } from '@/features/accountability';
import { useMe } from '@/features/me';
import { formatDateTime } from '@/lib/format';
import { ApiProblem } from '@/lib/problem';
import { usePublication } from '../api/get-publication';
import { PublicationAttachments } from '../components/PublicationAttachments';
import { PublicationActions } from '../components/PublicationActions';
import { PublicationStatusTag } from '../components/PublicationStatusTag';
import { ReviewPanel } from '../components/ReviewPanel';
import { ReviewProgressSteps } from '../components/ReviewProgressSteps';
import { RevisionsCard } from '../components/RevisionsCard';
import { StepText } from '../components/StepText';
import { TraceCard } from '../components/TraceCard';
import '../components/rich-text.css';
import { usePublicationIdParam } from './params';

/** One item: status, review progress, the allowed actions, the reviewer's panel, revisions and trace. */
export default function PublicationPage() {
  const { t } = useTranslation();
  const id = usePublicationIdParam();
  const publication = usePublication(id);
  const { data: me } = useMe();

  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (publication.isError)
    return <QueryError error={publication.error} onRetry={() => void publication.refetch()} />;
  if (publication.isPending) return <PageSpin />;

  const p = publication.data;
  const isAuthor = !!me?.person && me.person.id === p.author.id;
  const canReview = p.allowedActions.includes('approve') || p.allowedActions.includes('reject');
  const traced = p.status === 'PUBLISHED' || p.status === 'RETRACTED';

  return (
    <Flex vertical gap={16}>
      {p.lastRejection && p.status === 'DRAFT' && (
        <Alert
          data-testid="last-rejection"
          type="error"
          showIcon
          message={t(isAuthor ? 'publication.rejection.titleAuthor' : 'publication.rejection.title', {
            name: p.lastRejection.reviewer.name,
            step: p.lastRejection.stepName,
            at: formatDateTime(p.lastRejection.decidedAt),
          })}
          description={
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {p.lastRejection.comment}
            </Typography.Paragraph>
          }
        />
      )}
      <Card
        data-testid="publication-detail"
        title={
          <Space wrap>
            <span>{p.title}</span>
            <PublicationStatusTag status={p.status} />
            <StepText
              item={{
                ...p,
                currentStep: p.review?.currentStep,
                stepCount: p.review?.stepCount ?? 0,
                currentStepName: p.review?.currentStepName,
              }}
            />
          </Space>
        }
        extra={
          <Space wrap>
            <PublicationActions publication={p} />
            {traced && (
              <Link to={`/publications/${p.id}/review-form`} target="_blank">
                <PrinterOutlined aria-hidden /> {t('publication.trace.printForm')}
              </Link>
            )}
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <ReviewProgressSteps publication={p} />
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t('publication.field.channel')}>
              <Link to={`/channels/${p.channel.id}`}>{p.channel.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('publication.field.organization')}>
              {p.organization.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('publication.field.author')}>{p.author.name}</Descriptions.Item>
            <Descriptions.Item label={t('publication.field.revision')}>
              {t('publication.revision.number', { number: p.revisionNumber })}{' '}
              <Typography.Text code title={p.contentHash}>
                {p.contentHash.slice(0, 12)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('publication.field.plannedPublishAt')}>
              {formatDateTime(p.plannedPublishAt) || '—'}
            </Descriptions.Item>
            {p.scheduledPublishAt && (
              <Descriptions.Item label={t('publication.field.scheduledPublishAt')}>
                {formatDateTime(p.scheduledPublishAt)}
              </Descriptions.Item>
            )}
            {p.publishedAt && (
              <Descriptions.Item label={t('publication.field.publishedAt')}>
                {formatDateTime(p.publishedAt)}
                {p.publishedBy ? ` · ${p.publishedBy.name}` : ''}
              </Descriptions.Item>
            )}
            {p.retractedAt && (
              <Descriptions.Item label={t('publication.field.retractedAt')}>
                {formatDateTime(p.retractedAt)}
                {p.retractedBy ? ` · ${p.retractedBy.name}` : ''}
              </Descriptions.Item>
            )}
            {p.retractReason && (
              <Descriptions.Item label={t('publication.field.retractReason')} span={2}>
                {p.retractReason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('publication.field.updatedAt')}>
              {formatDateTime(p.updatedAt)}
            </Descriptions.Item>
          </Descriptions>
          {p.summary && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {p.summary}
            </Typography.Paragraph>
          )}
          {/* The body is HTML the server has sanitized with an allow-list. */}
          <div
            className="publication-body"
            data-testid="publication-body"
            dangerouslySetInnerHTML={{ __html: p.body }}
          />
          <section>
            <Typography.Title level={5}>{t('publication.attachment.title')}</Typography.Title>
            <PublicationAttachments publication={p} editable={false} />
          </section>
        </Flex>
      </Card>
      {canReview && <ReviewPanel key={`${p.id}-${p.version}`} publication={p} />}
      <RevisionsCard publicationId={p.id} />
      {/* Once submitted, whoever reads the item reads who reviewed, objected or withdrew it. */}
      {(traced || p.review) && (
        <TraceCard
          publicationId={p.id}
          extra={
            traced && (
              <FileCaseLink
                size="small"
                link={{ kind: 'PUBLICATION', id: p.id }}
                subjectOrganizationId={p.organization.id}
                incidentDate={p.publishedAt ? dayjs(p.publishedAt).format('YYYY-MM-DD') : undefined}
              />
            )
          }
        />
      )}
    </Flex>
  );
}
