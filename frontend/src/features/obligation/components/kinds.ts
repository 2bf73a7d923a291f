import type { ObligationKind, ObligationPeriod } from '../api/types';

export const KINDS: ObligationKind[] = [
  'MEETING',
  'STUDY',
  'ANALYSIS',
  'REPORT',
  'BRIEFING',
  'INSPECTION',
  'PLEDGE',
  'TRAINING',
  'OTHER',
];

export const RULE_PERIODS: ObligationPeriod[] = ['MONTH', 'QUARTER', 'HALF', 'YEAR'];
