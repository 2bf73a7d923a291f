import type { Dayjs } from 'dayjs';
import { fromApiDate, toApiDate } from '@/lib/dates';
import type {
  CorrectFulfilment,
  DecisionPosition,
  Fulfilment,
  ObligationKind,
  SaveFulfilment,
} from '../api/types';

/** What the fulfilment form holds. */
export interface FulfilmentFormValues {
  happenedOn?: Dayjs | null;
  title?: string;
  kind?: ObligationKind;
  participantIds?: number[];
  guests?: string;
  summary?: string;
  decisions?: {
    text?: string;
    positions?: { personId?: number; position?: DecisionPosition; text?: string }[];
  }[];
  obligationIds?: number[];
  /** Only when correcting a record. */
  reason?: string;
}

/** Blank texts are left out (the server stores null). */
const trimmed = (value: string | undefined | null) => value?.trim() || undefined;

/**
 * The POST body from the form: texts trimmed (blank ones left out), a decision without text
 * left out, a position without a person left out; a position without a choice is "agree".
 */
export function toFulfilmentPayload(values: FulfilmentFormValues, organizationId: number): SaveFulfilment {
  return { organizationId, ...fieldsOf(values) };
}

/** A correction: the same fields (no organization: the record stays where it is), the reason and the version seen. */
export function toCorrectionPayload(values: FulfilmentFormValues, version: number): CorrectFulfilment {
  return { ...fieldsOf(values), reason: values.reason?.trim() ?? '', version };
}

function fieldsOf(values: FulfilmentFormValues): Omit<SaveFulfilment, 'organizationId'> {
  return {
    happenedOn: values.happenedOn ? toApiDate(values.happenedOn) : '',
    title: values.title?.trim() ?? '',
    kind: values.kind ?? 'MEETING',
    participantIds: [...new Set(values.participantIds ?? [])],
    guests: trimmed(values.guests),
    summary: trimmed(values.summary),
    decisions: (values.decisions ?? [])
      .filter((decision) => decision?.text?.trim())
      .map((decision) => ({
        text: decision.text!.trim(),
        positions: (decision.positions ?? [])
          .filter((position) => position?.personId)
          .map((position) => ({
            personId: position.personId!,
            position: position.position ?? 'AGREE',
            text: trimmed(position.text),
          })),
      })),
    obligationIds: [...new Set(values.obligationIds ?? [])],
  };
}

/** The form filled from a saved record, for a correction. */
export function fromFulfilment(record: Fulfilment): FulfilmentFormValues {
  return {
    happenedOn: fromApiDate(record.happenedOn),
    title: record.title,
    kind: record.kind,
    participantIds: record.participants.map((person) => person.id),
    guests: record.guests ?? undefined,
    summary: record.summary ?? undefined,
    decisions: record.decisions.map((decision) => ({
      text: decision.text,
      positions: decision.positions.map((position) => ({
        personId: position.person.id,
        position: position.position,
        text: position.text ?? undefined,
      })),
    })),
    obligationIds: record.obligationIds,
  };
}
