import { theme as antdTheme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicationStatisticsRow } from '@/lib/api-types';

const SERIES = ['published', 'rejected', 'retracted'] as const;
type Series = (typeof SERIES)[number];

export interface MonthTotals {
  month: string;
  published: number;
  rejected: number;
  retracted: number;
}

/** Sums the channels of each month, months in order. */
export function totalsByMonth(rows: PublicationStatisticsRow[]): MonthTotals[] {
  const months = new Map<string, MonthTotals>();
  for (const row of rows) {
    const entry = months.get(row.month) ?? { month: row.month, published: 0, rejected: 0, retracted: 0 };
    entry.published += row.published;
    entry.rejected += row.rejected;
    entry.retracted += row.retracted;
    months.set(row.month, entry);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** A small grouped bar chart (SVG, no chart library): published, rejected and retracted per month. */
export function StatisticsChart({ rows }: { rows: PublicationStatisticsRow[] }) {
  const { t } = useTranslation();
  const { token } = antdTheme.useToken();
  const colors: Record<Series, string> = {
    published: token.colorSuccess,
    rejected: token.colorWarning,
    retracted: token.colorError,
  };
  const months = totalsByMonth(rows);
  const max = Math.max(1, ...months.flatMap((month) => SERIES.map((series) => month[series])));
  const bar = 14;
  const group = bar * SERIES.length + 16;
  const height = 180;
  const width = Math.max(320, months.length * group + 40);

  return (
    <figure data-testid="statistics-chart" style={{ margin: 0, overflowX: 'auto' }}>
      <svg
        width={width}
        height={height + 40}
        role="img"
        aria-label={t('publication.statistics.chartLabel')}
        style={{ display: 'block' }}
      >
        <line x1={30} y1={height} x2={width} y2={height} stroke={token.colorBorder} />
        <text x={0} y={12} fontSize={11} fill={token.colorTextSecondary}>
          {max}
        </text>
        {months.map((month, index) => (
          <g key={month.month} transform={`translate(${40 + index * group},0)`}>
            {SERIES.map((series, position) => {
              const value = month[series];
              const barHeight = (value / max) * (height - 20);
              return (
                <rect
                  key={series}
                  x={position * bar}
                  y={height - barHeight}
                  width={bar - 2}
                  height={barHeight}
                  fill={colors[series]}
                >
                  <title>{`${month.month} ${t(`publication.statistics.${series}`)}: ${value}`}</title>
                </rect>
              );
            })}
            <text x={0} y={height + 16} fontSize={11} fill={token.colorTextSecondary}>
              {month.month}
            </text>
          </g>
        ))}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16 }}>
        {SERIES.map((series) => (
          <span key={series}>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                background: colors[series],
                marginRight: 4,
              }}
            />
            {t(`publication.statistics.${series}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
