// The obligation API's shapes, from the generated contract (../openapi.yaml). The contract declares
// optional fields that the service sends as null: read them with `??` / `!= null`.
import type { components } from '@/lib/api-schema';

type Schemas = components['schemas'];

export type ObligationKind = Schemas['ObligationKind'];
export type ObligationPeriod = Schemas['PeriodKind'];
export type ObligationStatus = Schemas['ObligationStatus'];
export type DecisionPosition = Schemas['Stance'];
export type PersonRef = Schemas['ObligationPerson'];

export type ObligationRule = Schemas['ObligationRule'];
export type SaveObligationRule = Omit<Schemas['ObligationRuleBody'], 'version'>;
/** PUT: the same body with the version the change is based on. */
export type UpdateObligationRule = SaveObligationRule & { version: number };
/** A waiver or a retirement: the reason and the version seen. */
export type VersionedReason = Schemas['WaiveObligation'];

export type Obligation = Schemas['Obligation'];
export type ObligationDetail = Schemas['ObligationDetail'];
export type ObligationPage = Schemas['ObligationPage'];
export type FulfilmentSummary = Schemas['FulfilmentSummary'];

export type SaveFulfilment = Schemas['FulfilmentBody'];
/** A correction names no organization: the record stays where it is. */
export type CorrectFulfilment = Schemas['FulfilmentCorrection'];
export type Fulfilment = Schemas['Fulfilment'];
export type FulfilmentPage = Schemas['FulfilmentPage'];
export type FulfilmentAttachment = Schemas['FulfilmentAttachment'];
export type Decision = Schemas['FulfilmentDecisionView'];
export type Position = Schemas['FulfilmentPositionView'];

/** Counts of one cell (ruleId: the rule's seriesId), a row's total or the subtree's totals. */
export type ComplianceCounts = Schemas['ComplianceCounts'];
export type ComplianceCell = Schemas['ComplianceCell'];
export type ComplianceRow = Schemas['ComplianceRow'];
export type Compliance = Schemas['Compliance'];
