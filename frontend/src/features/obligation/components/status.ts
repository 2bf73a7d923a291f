import type { ObligationStatus } from '../api/types';

/** The tag colour of each status: late and failed in reds, open in orange/blue, done in green/gold/grey. */
export const STATUS_COLORS: Record<ObligationStatus, string> = {
  OVERDUE: 'red',
  DUE: 'orange',
  MET: 'green',
  MET_LATE: 'gold',
  WAIVED: 'default',
  MISSED: '#820014',
  UPCOMING: 'blue',
};

/** Statuses in the order a clerk cares about them. */
export const OBLIGATION_STATUSES: ObligationStatus[] = [
  'OVERDUE',
  'DUE',
  'UPCOMING',
  'MET_LATE',
  'MET',
  'WAIVED',
  'MISSED',
];

/** Still open: a fulfilment can still count toward it. */
export function isOpen(status: ObligationStatus): boolean {
  return status === 'UPCOMING' || status === 'DUE' || status === 'OVERDUE';
}

/** A fulfilment may be recorded for it: open, or met and another one adds to the count. */
export function acceptsFulfilment(status: ObligationStatus): boolean {
  return status !== 'WAIVED' && status !== 'MISSED';
}
