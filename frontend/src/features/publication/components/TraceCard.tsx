import { Card, Spin, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { formatDateTime } from '@/lib/format';
import { useTrace } from '../api/get-trace';
import { labelled } from '@/lib/punctuation';

/** The item's timeline: every transition with the actor, the revision and its hash. */
export function TraceCard({ publicationId, extra }: { publicationId: number; extra?: ReactNode }) {
  const { t } = useTranslation();
  const trace = useTrace(publicationId);
  return (
    <Card title={t('publication.trace.title')} extra={extra} data-testid="publication-trace">
      {trace.isPending && <Spin />}
      {trace.isError && <QueryError error={trace.error} />}
      {trace.data?.policy && (
        <Typography.Paragraph type="secondary" data-testid="trace-policy">
          {labelled(t, t('publication.trace.reviewedUnder'), '')}
          {trace.data.policy.versionNumber != null && trace.data.policy.changedAt
            ? t('publication.trace.policyVersion', {
                source: t(`publication.policy.sourceKind.${trace.data.policy.source}`),
                version: t('publication.policy.versionNumber', { number: trace.data.policy.versionNumber }),
                by: trace.data.policy.changedBy?.name ?? '—',
                at: formatDateTime(trace.data.policy.changedAt),
              })
            : t(`publication.policy.sourceKind.${trace.data.policy.source}`)}
          {' · '}
          {trace.data.policy.steps.map((step) => step.name).join(' → ')}
        </Typography.Paragraph>
      )}
      {trace.data && (
        <Timeline
          items={trace.data.timeline.map((event, index) => ({
            key: index,
            color:
              event.action === 'rejected' || event.action === 'retracted'
                ? 'red'
                : event.action === 'published'
                  ? 'green'
                  : 'blue',
            children: (
              <div data-testid="trace-event" data-action={event.action}>
                <Typography.Text strong>
                  {t(`publication.trace.action.${event.action}`, { defaultValue: event.action })}
                </Typography.Text>{' '}
                {event.step ? t('publication.trace.step', { step: event.step }) : ''}{' '}
                <Typography.Text>{event.actor?.name ?? event.actorUsername}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {formatDateTime(event.occurredAt)} ·{' '}
                  {t('publication.revision.number', { number: event.revisionNumber })} ·{' '}
                  <Typography.Text code title={event.contentHash}>
                    {event.contentHash.slice(0, 12)}
                  </Typography.Text>
                </Typography.Text>
                {event.comment && (
                  <Typography.Paragraph style={{ margin: 0 }}>{event.comment}</Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
