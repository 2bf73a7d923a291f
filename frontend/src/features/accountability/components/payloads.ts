import type { Dayjs } from 'dayjs';
import { fromApiDate, toApiDate } from '@/lib/dates';
import type {
  AccountabilityCase,
  CaseLink,
  Decide,
  DecisionKind,
  EditCase,
  EditLine,
  FileCase,
  Line,
  Outcome,
  Responsibility,
  Situation,
} from '../api/types';
import { distinctLinks } from './links';

/** The fields of an incident's facts that filing and editing a draft share (their names as the API's). */
export const FACT_FIELDS = [
  'title',
  'incidentDate',
  'situation',
  'situationText',
  'description',
  'decisionKind',
  'links',
];

/** What the file form holds. */
export interface FileCaseValues {
  filingOrganizationId: number;
  subjectOrganizationId: number;
  title: string;
  incidentDate: Dayjs;
  situation: Situation;
  situationText?: string;
  description: string;
  decisionKind: DecisionKind;
  links?: CaseLink[];
}

/** What the draft's edit form holds: the facts, not where the case is filed. */
export type FactsValues = Omit<FileCaseValues, 'filingOrganizationId' | 'subjectOrganizationId'>;

/** The POST body: texts trimmed, the situation's text only for OTHER, each link once and without its label. */
export function fileCasePayload(values: FileCaseValues): FileCase {
  return {
    filingOrganizationId: values.filingOrganizationId,
    subjectOrganizationId: values.subjectOrganizationId,
    ...factsPayload(values),
  };
}

/** The edit form's first values: the draft's facts as they stand. */
export function factsDefaults(c: AccountabilityCase): FactsValues {
  return {
    title: c.title,
    incidentDate: fromApiDate(c.incidentDate)!,
    situation: c.situation,
    situationText: c.situationText ?? undefined,
    description: c.description,
    decisionKind: c.decisionKind,
    links: c.links.map(({ kind, id, decisionIndex }) =>
      decisionIndex != null ? { kind, id, decisionIndex } : { kind, id },
    ),
  };
}

/** The PUT body of a draft: the version seen and the facts, as filing sends them. */
export function editCasePayload(c: Pick<AccountabilityCase, 'version'>, values: FactsValues): EditCase {
  return { version: c.version, ...factsPayload(values) };
}

function factsPayload(values: FactsValues) {
  const situationText = values.situationText?.trim();
  return {
    title: values.title.trim(),
    incidentDate: toApiDate(values.incidentDate),
    situation: values.situation,
    ...(values.situation === 'OTHER' && situationText ? { situationText } : {}),
    description: values.description.trim(),
    decisionKind: values.decisionKind,
    links: distinctLinks(values.links ?? []).map(({ kind, id, decisionIndex }) =>
      decisionIndex != null ? { kind, id, decisionIndex } : { kind, id },
    ),
  };
}

export interface EditLineValues {
  responsibility: Responsibility;
  exempt: boolean;
  reason: string;
}

/** An exempt line bears no responsibility, whatever was chosen before ticking it. */
export function editLinePayload(c: Pick<AccountabilityCase, 'version'>, values: EditLineValues): EditLine {
  return {
    version: c.version,
    responsibility: values.exempt ? 'NONE' : values.responsibility,
    exempt: values.exempt,
    reason: values.reason.trim(),
  };
}

export interface DecideValues {
  decisionKind: DecisionKind;
  decisionBasis: string;
  lines: Record<string, { responsibility: Responsibility; outcome?: Outcome | null }>;
}

/** The decide form's first values: the proposal as it stands (exempt lines bear none). */
export function decideDefaults(c: AccountabilityCase): DecideValues {
  return {
    decisionKind: c.decisionKind,
    decisionBasis: c.decisionBasis ?? '',
    lines: Object.fromEntries(
      c.lines.map((line) => [
        String(line.id),
        { responsibility: line.exempt ? 'NONE' : line.responsibility, outcome: line.outcome ?? undefined },
      ]),
    ),
  };
}

/** Every line given; a line bearing no responsibility takes no outcome. */
export function decidePayload(c: AccountabilityCase, values: DecideValues): Decide {
  return {
    version: c.version,
    decisionKind: values.decisionKind,
    decisionBasis: values.decisionBasis.trim(),
    lines: c.lines.map((line: Line) => {
      const chosen = values.lines[String(line.id)];
      const responsibility = chosen?.responsibility ?? line.responsibility;
      const outcome = responsibility === 'NONE' ? undefined : (chosen?.outcome ?? undefined);
      return outcome ? { lineId: line.id, responsibility, outcome } : { lineId: line.id, responsibility };
    }),
  };
}

/** The lines the decision still lacks an outcome for (a line with a responsibility needs one). */
export function linesWithoutOutcome(c: AccountabilityCase, values: DecideValues): Line[] {
  return decidePayload(c, values)
    .lines.filter((line) => line.responsibility !== 'NONE' && !line.outcome)
    .map((line) => c.lines.find((l) => l.id === line.lineId)!);
}
