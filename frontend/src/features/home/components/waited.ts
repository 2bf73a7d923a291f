import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/** How long something has waited, in the largest whole unit: "3 天", "5 小时", "不到 1 小时". */
export function waitedFor(since: string | null | undefined, t: TFunction, now = dayjs()): string {
  if (!since) return '';
  const hours = Math.max(0, now.diff(dayjs(since), 'hour'));
  if (hours < 1) return t('home.waited.lessThanHour');
  if (hours < 48) return t('home.waited.hours', { count: hours });
  return t('home.waited.days', { count: Math.floor(hours / 24) });
}

/** Days until a due date (negative when past), counted on calendar days. */
export function daysUntil(date: string, now = dayjs()): number {
  return dayjs(date).startOf('day').diff(now.startOf('day'), 'day');
}

/** "今天到期", "还有 3 天", "已逾期 2 天". */
export function dueText(date: string | null | undefined, t: TFunction, now = dayjs()): string {
  if (!date) return '';
  const days = daysUntil(date, now);
  if (days === 0) return t('home.due.today');
  return days > 0 ? t('home.due.inDays', { count: days }) : t('home.due.overdueDays', { count: -days });
}
