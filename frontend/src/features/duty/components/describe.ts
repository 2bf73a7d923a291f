import type { TFunction } from 'i18next';
import type { DutyAssignment, DutyBasis } from '@/lib/api-types';
import { todayApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';

/** "2024-01-01 至 2024-12-31", or "2024-01-01 起至今" while held. */
export function periodText(validFrom: string, validTo: string | null | undefined, t: TFunction): string {
  return validTo
    ? t('duty.period.closed', { from: formatDate(validFrom), to: formatDate(validTo) })
    : t('duty.period.open', { from: formatDate(validFrom) });
}

/** 东湖党工〔2024〕1号《关于调整……的通知》 */
export function basisText(basis: DutyBasis | null | undefined): string {
  if (!basis) return '';
  const number = basis.documentNumber?.trim() ?? '';
  const title = basis.title?.trim() ?? '';
  return [number, title ? `《${title}》` : ''].filter(Boolean).join(' ');
}

export type AssignmentState = 'current' | 'ended' | 'upcoming';

/** Held today, over, or not begun yet (dates compare as YYYY-MM-DD strings). */
export function assignmentState(
  assignment: Pick<DutyAssignment, 'validFrom' | 'validTo'>,
  today = todayApiDate(),
): AssignmentState {
  if (assignment.validFrom > today) return 'upcoming';
  if (assignment.validTo && assignment.validTo < today) return 'ended';
  return 'current';
}

export function isCorrected(assignment: DutyAssignment): boolean {
  return !!assignment.correctedAt || !!assignment.correctionReason;
}
