import type { Dayjs } from 'dayjs';
import type { DutyRole, OrgType } from '@/lib/api-types';
import { fromApiDate, toApiDate } from '@/lib/dates';
import type { ObligationKind, ObligationPeriod, ObligationRule, SaveObligationRule } from '../api/types';

/** What the rule form holds. */
export interface RuleFormValues {
  issuerOrganizationId?: number;
  title?: string;
  kind?: ObligationKind;
  period?: ObligationPeriod;
  minCount?: number;
  /** "06-30"; blank: the last day of the period. */
  dueMonthDay?: string;
  appliesTo?: OrgType[];
  includeIssuer?: boolean;
  perHolderRole?: DutyRole | null;
  accountableRole?: DutyRole;
  basis?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

/** A day of the year as MM-DD (leap day allowed: a rule may be due on 02-29 in leap years). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

/** The POST/PUT body from the form: blank texts left out (null on the server), no due day for "end of the period". */
export function toRulePayload(values: RuleFormValues): SaveObligationRule {
  return {
    issuerOrganizationId: values.issuerOrganizationId ?? 0,
    title: values.title?.trim() ?? '',
    kind: values.kind ?? 'MEETING',
    period: values.period ?? 'YEAR',
    minCount: values.minCount ?? 1,
    dueMonthDay: values.dueMonthDay?.trim() || undefined,
    appliesTo: values.appliesTo ?? [],
    includeIssuer: values.includeIssuer ?? false,
    perHolderRole: values.perHolderRole ?? undefined,
    accountableRole: values.accountableRole ?? 'FIRST_RESPONSIBLE',
    basis: values.basis?.trim() || undefined,
    validFrom: values.validFrom ? toApiDate(values.validFrom) : '',
    validTo: values.validTo ? toApiDate(values.validTo) : undefined,
  };
}

export function fromRule(rule: ObligationRule): RuleFormValues {
  return {
    issuerOrganizationId: rule.issuerOrganizationId,
    title: rule.title,
    kind: rule.kind,
    period: rule.period,
    minCount: rule.minCount,
    dueMonthDay: rule.dueMonthDay ?? undefined,
    appliesTo: rule.appliesTo,
    includeIssuer: rule.includeIssuer,
    perHolderRole: rule.perHolderRole ?? null,
    accountableRole: rule.accountableRole,
    basis: rule.basis ?? undefined,
    validFrom: fromApiDate(rule.validFrom),
    validTo: fromApiDate(rule.validTo),
  };
}
