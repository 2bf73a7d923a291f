import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplianceCounts } from '../api/types';
import { formatRate, heatOf } from './heat';
import { labelled } from '@/lib/punctuation';

const COUNTS = ['met', 'metLate', 'waived', 'due', 'overdue', 'missed', 'upcoming'] as const;

/** One cell of the heatmap: coloured by rate, the counts in a tooltip. */
export function HeatCell({
  counts,
  testId = 'heat-cell',
  data,
}: {
  counts: ComplianceCounts;
  testId?: string;
  /** data-* attributes that name the cell (organization, rule). */
  data?: Record<string, string | number>;
}) {
  const { t } = useTranslation();
  const heat = heatOf(counts);
  const attributes = Object.fromEntries(
    Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]),
  );
  const title = (
    <div>
      {COUNTS.map((key) => (
        <div key={key}>{labelled(t, t(`obligation.count.${key}`), String(counts[key]))}</div>
      ))}
      <div>{labelled(t, t('obligation.count.total'), String(counts.total))}</div>
    </div>
  );
  return (
    <Tooltip title={title} trigger={['hover', 'focus']}>
      <div
        data-testid={testId}
        data-level={heat.level}
        data-rate={counts.rate ?? ''}
        data-met={counts.met + counts.metLate}
        data-due={counts.due}
        data-overdue={counts.overdue}
        {...attributes}
        tabIndex={0}
        style={{
          background: heat.background,
          color: heat.color,
          padding: '6px 8px',
          borderRadius: 4,
          textAlign: 'center',
          minWidth: 72,
          cursor: 'default',
        }}
      >
        <div style={{ fontWeight: 600 }}>{formatRate(counts.rate)}</div>
        <div style={{ fontSize: 12 }}>
          {counts.met + counts.metLate + counts.waived}/{counts.total}
        </div>
      </div>
    </Tooltip>
  );
}
