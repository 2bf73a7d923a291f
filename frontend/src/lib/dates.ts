import dayjs, { type Dayjs } from 'dayjs';

/** A calendar day as the API writes it (YYYY-MM-DD). */
export function toApiDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export function todayApiDate(): string {
  return toApiDate(dayjs());
}

/** An API day for a DatePicker; null for none or a malformed value. */
export function fromApiDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const date = dayjs(value, 'YYYY-MM-DD');
  return date.isValid() ? date : null;
}

/** A YYYY-MM-DD from the address bar, or undefined when it is not one. */
export function parseApiDate(value: string | null | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid() ? value : undefined;
}
