import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeEvent } from '@/features/audit';
import { formatDateTime } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useActivity, useVerification } from '../api/queries';
import { Block } from './Block';

const SHOWN = 6;

/** 审计链校验: the whole chain recomputed when the page opens — intact up to which event, or where it breaks. */
export function VerificationBlock() {
  const { t } = useTranslation();
  const verification = useVerification(true);
  const busy = isApiProblem(verification.error) && verification.error.status === 429;
  const result = verification.data;
  const summary = busy ? (
    <Alert
      type="info"
      showIcon
      title={t('home.verification.busy')}
      data-testid="home-verification"
      data-ok="busy"
    />
  ) : result ? (
    <Alert
      data-testid="home-verification"
      data-ok={String(result.ok)}
      showIcon
      type={result.ok ? 'success' : 'error'}
      title={
        result.ok
          ? t('home.verification.ok', { verified: result.verified, headSeq: result.headSeq })
          : t('home.verification.broken', { seq: result.firstBrokenSeq ?? '?' })
      }
      description={
        result.ok
          ? t('home.verification.checkedAt', {
              at: formatDateTime(new Date(verification.dataUpdatedAt).toISOString()),
            })
          : result.detail
      }
    />
  ) : undefined;
  return (
    <Block
      id="verification"
      title={t('home.verification.title')}
      to="/audit"
      loading={verification.isPending && !busy}
      error={busy ? undefined : verification.error}
      onRetry={() => void verification.refetch()}
      empty={t('home.verification.empty')}
      summary={summary}
      lines={[]}
    />
  );
}

/** 最近操作: the newest events of the trail, as sentences. */
export function ActivityBlock() {
  const { t } = useTranslation();
  const activity = useActivity(true, SHOWN);
  const events = activity.data?.items ?? [];
  return (
    <Block
      id="activity"
      title={t('home.activity.title')}
      to="/audit"
      loading={activity.isPending}
      error={activity.error}
      onRetry={() => void activity.refetch()}
      empty={t('home.activity.empty')}
      lines={events.map((event) => ({
        key: event.seq,
        title: describeEvent(event, t),
        detail: formatDateTime(event.occurredAt),
      }))}
    />
  );
}
