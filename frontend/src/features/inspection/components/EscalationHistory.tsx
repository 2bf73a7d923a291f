import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Escalation } from '../api/types';
import { ladderStep } from './deadline';
import { punctuation } from '@/lib/punctuation';

/** Each step of the overdue ladder, oldest first: when, against which due day, and who was told by name. */
export function EscalationHistory({ escalations }: { escalations: readonly Escalation[] }) {
  const { t } = useTranslation();
  if (escalations.length === 0) return null;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="escalation-history">
      {escalations.map((step) => (
        <li key={`${step.level}-${step.dueOn}`} data-testid="escalation-step" data-level={step.level}>
          <Typography.Text type="secondary">{formatDateTime(step.escalatedAt)}</Typography.Text>{' '}
          {t('inspection.escalation.step', {
            level: t(`inspection.escalation.level${ladderStep(step.level)}`),
            dueOn: formatDate(step.dueOn),
          })}
          <Typography.Text strong data-testid="escalation-told">
            {step.notifiedNames.length > 0
              ? step.notifiedNames.join(punctuation(t).listSeparator)
              : t('inspection.escalation.nobody')}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}
