import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import { labelled } from '@/lib/punctuation';
import type { AccountabilityCase, Line } from '../api/types';

export interface PrintRow {
  key: number;
  person: string;
  /** The duty role and the document it was assigned by, or the source when the line comes from a review. */
  role: string;
  responsibility: string;
  outcome: string;
  /** The record that exempts the person, or ''. */
  exemption: string;
}

/** 第一责任人（依据：东委〔2026〕3号）; a reviewer or author line says so. */
export function roleText(line: Line, t: TFunction): string {
  const role = line.role
    ? t(`duty.role.${line.role}`, { defaultValue: line.role })
    : t(`accountability.source.${line.source}`);
  return line.assignmentBasis
    ? t('accountability.line.roleWithBasis', { role, basis: line.assignmentBasis })
    : role;
}

export function exemptionText(line: Line, t: TFunction): string {
  const record = line.exemptingRecord;
  if (!line.exempt || !record) return '';
  return t('accountability.exemption.text', {
    kind: t(`accountability.exemption.kind.${record.kind}`),
    at: formatDateTime(record.at),
    text: record.text,
  });
}

/** The 问责决定书's table: one row per person, as decided. */
export function printRows(c: AccountabilityCase, t: TFunction): PrintRow[] {
  return c.lines.map((line) => ({
    key: line.id,
    person: line.personName,
    role: roleText(line, t),
    responsibility: t(`accountability.responsibility.${line.responsibility}`),
    outcome: line.outcome ? t(`accountability.outcome.${line.outcome}`) : '—',
    exemption: exemptionText(line, t),
  }));
}

/** The situation in words; OTHER shows the filer's text ("其他：…" / "Other: …"). */
export function situationText(
  c: Pick<AccountabilityCase, 'situation' | 'situationText'>,
  t: TFunction,
): string {
  const name = t(`accountability.situation.${c.situation}`);
  return c.situation === 'OTHER' && c.situationText ? labelled(t, name, c.situationText) : name;
}

/** The sheet's heading lines and the date under the seal (the decision's day). */
export function printHeading(c: AccountabilityCase, t: TFunction) {
  return {
    organization: c.filingOrganizationName,
    title: t('accountability.print.heading'),
    caseNo: t('accountability.print.caseNo', { id: c.id }),
    date: formatDate(c.decidedAt) || '',
  };
}
