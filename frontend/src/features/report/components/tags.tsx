import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardStatus, MajorMatter, MajorMatterStatus } from '../api/types';
import { MATTER_STATUS_COLORS, WORK_STATUS_COLORS } from './status';
import { formatMinutes, pendingDeadline, timeLeft } from './time-left';

export function WorkReportStatusTag({ status }: { status: BoardStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={WORK_STATUS_COLORS[status]} data-testid="work-report-status" data-status={status}>
      {t(`report.status.${status}`)}
    </Tag>
  );
}

export function MatterStatusTag({ status }: { status: MajorMatterStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={MATTER_STATUS_COLORS[status]} data-testid="matter-status" data-status={status}>
      {t(`report.matter.status.${status}`)}
    </Tag>
  );
}

/** 迟报: submitted (or reported) after the deadline. */
export function LateTag({ late }: { late: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!late) return null;
  return (
    <Tag color="red" data-testid="late-tag">
      {t('report.late')}
    </Tag>
  );
}

/** The current time, moved on every minute, so badges count down on an open page. */
export function useNow(stepMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), stepMs);
    return () => clearInterval(timer);
  }, [stepMs]);
  return now;
}

/** Time left for the recipient to acknowledge: orange while running, red once overdue. */
export function TimeLeftBadge({
  matter,
}: {
  matter: Pick<MajorMatter, 'status' | 'ackDeadline' | 'ackOverdue'>;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const deadline = pendingDeadline(matter);
  if (!deadline) return null;
  const left = timeLeft(deadline, now);
  const overdue = left.overdue || matter.ackOverdue;
  return (
    <Tag color={overdue ? 'red' : 'orange'} data-testid="time-left" data-overdue={overdue ? 'true' : 'false'}>
      {overdue
        ? t('report.matter.badge.ackOverdue', { time: formatMinutes(left.overdue ? left.minutes : 0, t) })
        : t('report.matter.badge.ackLeft', { time: formatMinutes(left.minutes, t) })}
    </Tag>
  );
}
