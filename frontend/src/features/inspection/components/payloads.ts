import type { Dayjs } from 'dayjs';
import { toApiDate } from '@/lib/dates';
import type { DutyRole } from '@/lib/api-types';
import {
  GRADES,
  type CreateFinding,
  type CreateInspection,
  type CreateRectification,
  type FindingSource,
  type Grade,
  type InspectionKind,
  type SaveScores,
  type ScoreLine,
  type ScoringMethod,
  type ScoringTemplate,
  type Severity,
  type TemplateItem,
  type UpdateInspection,
  type UpdateTemplate,
} from '../api/types';

const trimmed = (value: string | null | undefined) => value?.trim() ?? '';

export interface TemplateItemValues {
  code: string;
  text: string;
  maxPoints: number;
  method: ScoringMethod;
  veto?: boolean;
  obligationRuleId?: number | null;
}

/** The editor's values: the items table and one minimum per grade (较差 is 0). */
export interface TemplateValues {
  name: string;
  items: TemplateItemValues[];
  bands: Record<Grade, number>;
}

export function templateValuesOf(template?: ScoringTemplate): TemplateValues {
  const min = (grade: Grade, fallback: number) =>
    template?.grades.find((band) => band.grade === grade)?.minPoints ?? fallback;
  return {
    name: template?.name ?? '',
    items:
      template?.items.map((item) => ({ ...item, obligationRuleId: item.obligationRuleId ?? null })) ?? [],
    bands: { EXCELLENT: min('EXCELLENT', 90), GOOD: min('GOOD', 80), FAIR: min('FAIR', 60), POOR: 0 },
  };
}

/** Items trimmed, codes as typed (upper-cased), veto false unless ticked; bands from 优秀 down. */
export function templateBody(values: TemplateValues): Omit<UpdateTemplate, 'version'> {
  const items: TemplateItem[] = values.items.map((item) => ({
    code: trimmed(item.code).toUpperCase(),
    text: trimmed(item.text),
    maxPoints: Number(item.maxPoints),
    method: item.method,
    veto: !!item.veto,
    ...(item.obligationRuleId != null ? { obligationRuleId: item.obligationRuleId } : {}),
  }));
  const grades = GRADES.map((grade) => ({
    grade,
    minPoints: grade === 'POOR' ? 0 : Number(values.bands[grade]),
  }));
  return { name: trimmed(values.name), items, grades };
}

/** Item codes typed twice (the server refuses them too). */
export function duplicateCodes(items: { code?: string }[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const item of items) {
    const code = trimmed(item.code).toUpperCase();
    if (!code) continue;
    if (seen.has(code)) twice.add(code);
    seen.add(code);
  }
  return [...twice];
}

export interface PlanValues {
  organizationId: number;
  kind: InspectionKind;
  title: string;
  period: string;
  templateId: number;
  dates: [Dayjs, Dayjs];
  teamPersonIds?: number[];
  targetIds?: number[];
  candidateIds?: number[];
  count?: number;
  seed?: string;
}

/** A plan: chosen targets, or for 随机抽查 the draw (the seed only when typed; the server records its own). */
export function planBody(values: PlanValues): CreateInspection {
  const common = {
    organizationId: values.organizationId,
    kind: values.kind,
    title: trimmed(values.title),
    period: values.period,
    templateId: values.templateId,
    startsOn: toApiDate(values.dates[0]),
    endsOn: toApiDate(values.dates[1]),
    teamPersonIds: values.teamPersonIds ?? [],
  };
  if (values.kind === 'RANDOM') {
    const seed = trimmed(values.seed);
    return {
      ...common,
      draw: {
        candidateIds: values.candidateIds ?? [],
        count: Number(values.count),
        ...(seed ? { seed } : {}),
      },
    };
  }
  return { ...common, targetIds: values.targetIds ?? [] };
}

export interface ScoreValues {
  items: { code: string; points?: number | null; passed?: boolean | null; note?: string | null }[];
}

export function scoreValuesOf(items: ScoreLine[]): ScoreValues {
  return {
    items: items.map((item) => ({
      code: item.code,
      points: item.points ?? null,
      passed: item.veto ? (item.passed ?? true) : null,
      note: item.note ?? '',
    })),
  };
}

/**
 * The scores as sent: items with points only (a sheet may be saved half done), `passed` on veto items
 * only, a note only when written.
 */
export function scoresBody(version: number, values: ScoreValues, vetoCodes: string[]): SaveScores {
  return {
    version,
    items: values.items
      .filter((item) => item.points != null && !Number.isNaN(Number(item.points)))
      .map((item) => {
        const note = trimmed(item.note);
        return {
          code: item.code,
          points: Number(item.points),
          ...(vetoCodes.includes(item.code) ? { passed: item.passed !== false } : {}),
          ...(note ? { note } : {}),
        };
      }),
  };
}

export interface FindingValues {
  targetOrganizationId: number;
  raisingOrganizationId: number;
  source: FindingSource;
  inspectionId?: number | null;
  itemCode?: string | null;
  description: string;
  severity: Severity;
}

/** A finding: the inspection and item only for one found by an inspection. */
export function findingBody(values: FindingValues): CreateFinding {
  const fromInspection = values.source === 'INSPECTION';
  const itemCode = trimmed(values.itemCode);
  return {
    targetOrganizationId: values.targetOrganizationId,
    raisingOrganizationId: values.raisingOrganizationId,
    source: values.source,
    ...(fromInspection && values.inspectionId ? { inspectionId: values.inspectionId } : {}),
    ...(fromInspection && itemCode ? { itemCode } : {}),
    description: trimmed(values.description),
    severity: values.severity,
  };
}

export interface RectificationValues {
  measures: string;
  responsibleRole: DutyRole;
  longTerm?: boolean;
  deadline?: Dayjs | null;
  checkDates?: Dayjs[] | null;
}

/** A deadline, or 长期坚持 with its check dates (sorted, once each) — never both. */
export function rectificationBody(findingId: number, values: RectificationValues): CreateRectification {
  const common = { findingId, measures: trimmed(values.measures), responsibleRole: values.responsibleRole };
  if (values.longTerm) {
    const days = [...new Set((values.checkDates ?? []).map(toApiDate))].sort();
    return { ...common, longTerm: true, checkDates: days };
  }
  return { ...common, deadline: values.deadline ? toApiDate(values.deadline) : undefined };
}

export interface PlanEditValues {
  title: string;
  dates: [Dayjs, Dayjs];
  teamPersonIds?: number[];
  targetIds?: number[];
}

/**
 * A planned inspection changed: what PUT takes (the kind, period and template stay as planned). The targets of a
 * 随机抽查 are its draw's: they are not sent.
 */
export function planUpdateBody(
  version: number,
  values: PlanEditValues,
  kind?: InspectionKind,
): UpdateInspection {
  return {
    version,
    title: trimmed(values.title),
    startsOn: toApiDate(values.dates[0]),
    endsOn: toApiDate(values.dates[1]),
    teamPersonIds: values.teamPersonIds ?? [],
    ...(kind === 'RANDOM' ? {} : { targetIds: values.targetIds ?? [] }),
  };
}
