import dayjs from 'dayjs';
import { i18n } from './i18n';

/** Formats an ISO instant in the current language's date-time format. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(i18n.t('common.format.dateTime')) : value;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(i18n.t('common.format.date')) : value;
}
