import { valuesOf } from '@/lib/api-types';
import type { ObligationKind, ObligationPeriod } from '../api/types';

/** Every kind and period of the contract, in its order: tsc fails until the lists follow openapi.yaml. */
export const KINDS = valuesOf<ObligationKind>({
  MEETING: true,
  STUDY: true,
  ANALYSIS: true,
  REPORT: true,
  BRIEFING: true,
  INSPECTION: true,
  PLEDGE: true,
  TRAINING: true,
  OTHER: true,
});

export const RULE_PERIODS = valuesOf<ObligationPeriod>({
  MONTH: true,
  QUARTER: true,
  HALF: true,
  YEAR: true,
});
