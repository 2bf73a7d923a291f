export { ObligationStatusTag } from './components/ObligationStatusTag';
export { parsePeriodKey, periodKeyOf, periodRange } from './components/periods';
export type { Obligation, ObligationStatus, ObligationRule, Fulfilment, Compliance } from './api/types';
