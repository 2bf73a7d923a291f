import { Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { WorkReport } from '../api/types';
import { LateTag } from './tags';

/** 办理记录: who created, signed off, submitted (late or not), acknowledged or returned it, and when. */
export function WorkReportHistory({ report }: { report: WorkReport }) {
  const { t } = useTranslation();
  const entry = (key: string, at: string | null | undefined, text: React.ReactNode, color = 'blue') =>
    at ? [{ key, at, color, children: text }] : [];
  const items = [
    ...entry(
      'created',
      report.createdAt,
      t('report.history.created', { name: report.createdByName ?? '' }),
      'gray',
    ),
    ...entry(
      'signedOff',
      report.signedOffAt,
      t('report.history.signedOff', { name: report.signedOffByName ?? '' }),
    ),
    ...entry(
      'submitted',
      report.submittedAt,
      <Space size={4}>
        {t('report.history.submitted')}
        <LateTag late={report.late} />
      </Space>,
      report.late ? 'red' : 'blue',
    ),
    ...entry(
      'acknowledged',
      report.acknowledgedAt,
      t('report.history.acknowledged', { name: report.acknowledgedByName ?? '' }),
      'green',
    ),
    ...entry(
      'returned',
      report.returnedAt,
      t('report.history.returned', { comment: report.returnComment ?? '' }),
      'red',
    ),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <Timeline
      data-testid="work-report-history"
      items={items.map((item) => ({
        key: item.key,
        color: item.color,
        children: (
          <div data-testid={`history-${item.key}`}>
            <Typography.Text type="secondary">{formatDateTime(item.at)}</Typography.Text> {item.children}
          </div>
        ),
      }))}
    />
  );
}
