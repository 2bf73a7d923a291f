import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayApiDate } from '@/lib/dates';
import type { Grade, InspectionStatus, Rectification, RectificationStatus, Severity } from '../api/types';
import { daysLeft, ESCALATION_AUDIENCES, isSettled, ladderStep, namesTold, nextDue } from './deadline';
import {
  GRADE_COLORS,
  INSPECTION_STATUS_COLORS,
  RECTIFICATION_STATUS_COLORS,
  SEVERITY_COLORS,
} from './status';
import { punctuation } from '@/lib/punctuation';

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={INSPECTION_STATUS_COLORS[status]} data-testid="inspection-status" data-status={status}>
      {t(`inspection.status.${status}`)}
    </Tag>
  );
}

export function GradeTag({ grade, testId = 'grade' }: { grade: Grade | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!grade) return <span data-testid={testId}>—</span>;
  return (
    <Tag color={GRADE_COLORS[grade]} data-testid={testId} data-grade={grade}>
      {t(`inspection.grade.${grade}`)}
    </Tag>
  );
}

export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={RECTIFICATION_STATUS_COLORS[status]} data-testid="rectification-status" data-status={status}>
      {t(`inspection.rectification.status.${status}`)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`inspection.severity.${severity}`)}</Tag>;
}

/** 还剩N天 / 逾期N天 (red, the server's `overdue` decides), or nothing once settled. */
export function DueBadge({
  r,
}: {
  r: Pick<Rectification, 'deadline' | 'longTerm' | 'checkDates' | 'dueOn' | 'status' | 'overdue'>;
}) {
  const { t } = useTranslation();
  const due = nextDue(r, todayApiDate());
  if (!due || isSettled(r.status)) return null;
  const left = daysLeft(due, todayApiDate());
  const overdue = r.overdue || left.overdue;
  return (
    <Tag
      color={overdue ? 'red' : left.days <= 3 ? 'orange' : 'default'}
      data-testid="due-badge"
      data-overdue={overdue}
    >
      {overdue
        ? t('inspection.rectification.overdueDays', { days: left.overdue ? left.days : 0 })
        : t('inspection.rectification.daysLeft', { days: left.days })}
    </Tag>
  );
}

/**
 * 已通知 第一责任人: how far the overdue ladder has gone, and by name who was told (the hover shows the roles the
 * level reaches).
 */
export function EscalationTag({
  r,
  withNames = false,
}: {
  r: Pick<Rectification, 'escalationLevel' | 'escalations'>;
  /** Also write the names beside the tag (the 整改台账's rows). */
  withNames?: boolean;
}) {
  const { t } = useTranslation();
  const level = ladderStep(r.escalationLevel);
  if (!level) return null;
  const roles = ESCALATION_AUDIENCES[level].map((key) => t(key)).join(punctuation(t).listSeparator);
  const names = namesTold(r.escalations);
  return (
    <span data-testid="escalation" data-level={level}>
      <Tooltip title={roles}>
        <Tag color={level >= 3 ? 'magenta' : 'volcano'}>
          {t('inspection.escalation.told', { who: t(`inspection.escalation.level${level}`) })}
        </Tag>
      </Tooltip>
      {withNames && names.length > 0 && (
        <span data-testid="escalation-names">
          {t('inspection.escalation.names', { names: names.join(punctuation(t).listSeparator) })}
        </span>
      )}
    </span>
  );
}
