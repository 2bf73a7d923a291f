import type { TFunction } from 'i18next';
import type { AuditEvent } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The `changes` object as rows, in the order the server wrote them. */
export function changeRows(event: AuditEvent): FieldChange[] {
  const changes = (event.changes ?? {}) as Record<string, unknown>;
  return Object.entries(changes).map(([field, change]) => {
    if (change && typeof change === 'object' && ('before' in change || 'after' in change)) {
      const { before, after } = change as { before?: unknown; after?: unknown };
      return { field, before: before ?? null, after: after ?? null };
    }
    return { field, before: null, after: change ?? null };
  });
}

/** "organization.created" → "created"; "person.identity-linked" → "identity_linked". */
export function verbOf(action: string): string {
  const last = action.split('.').pop() ?? action;
  return last.replace(/-/g, '_');
}

/** The entity's name as the event recorded it (a rename or a creation), if it did. */
export function recordedName(event: AuditEvent): string | null {
  const name = changeRows(event).find((row) => row.field === 'name');
  const value = name?.after ?? name?.before;
  return typeof value === 'string' && value ? value : null;
}

/**
 * One readable sentence per event, e.g. "王建国 于 2026-11-28 10:00 修改了组织「柳岸社区」".
 * `actorName` is the person's name when known, else the login name, else "system";
 * `currentName` is the entity's present name, used when the event did not record one.
 */
export function describeEvent(
  event: AuditEvent,
  t: TFunction,
  actorName?: string | null,
  currentName?: string | null,
): string {
  // Without a subject the system itself acted (demo data, migrations), whatever name it recorded.
  const system = !event.actorSubject && event.actorPersonId == null;
  const actor = actorName || (system ? t('audit.systemActor') : event.actorUsername || event.actorSubject);
  const verb = verbOf(event.action);
  const params = {
    actor,
    time: formatDateTime(event.occurredAt),
    verb: t(`audit.verb.${verb}`, { defaultValue: '' }) || t('audit.verb.unknown', { action: event.action }),
    entity: t(`audit.entityType.${event.entityType}`, { defaultValue: event.entityType }),
    name: recordedName(event) ?? currentName ?? `#${event.entityId}`,
  };
  // Some actions read better with their own word order ("调整了人员「X」的所属组织").
  return t(`audit.sentenceFor.${verb}`, { ...params, defaultValue: '' }) || t('audit.sentence', params);
}
