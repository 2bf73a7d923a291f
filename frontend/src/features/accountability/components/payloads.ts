import type { Dayjs } from 'dayjs';
import { toApiDate } from '@/lib/dates';
import type {
  AccountabilityCase,
  CaseLink,
  Decide,
  DecisionKind,
  EditLine,
  FileCase,
  Line,
  Outcome,
  Responsibility,
  Situation,
} from '../api/types';
import { distinctLinks } from './links';

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

/** The POST body: texts trimmed, the situation's text only for OTHER, each link once and without its label. */
export function fileCasePayload(values: FileCaseValues): FileCase {
  const situationText = values.situationText?.trim();
  return {
    filingOrganizationId: values.filingOrganizationId,
    subjectOrganizationId: values.subjectOrganizationId,
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
