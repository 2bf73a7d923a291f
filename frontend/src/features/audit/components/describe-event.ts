import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { AuditEvent } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { actionNameKey } from './audit-actions';

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

/** The field that names an entity of this type in its events (a creation, a rename). */
const NAME_FIELD: Record<string, string> = {
  publication: 'title',
  'webhook-subscription': 'url',
};

/** The entity's name as the event recorded it (a rename or a creation), if it did. */
export function recordedName(event: AuditEvent): string | null {
  const field = NAME_FIELD[event.entityType] ?? 'name';
  const name = changeRows(event).find((row) => row.field === field);
  const value = name?.after ?? name?.before;
  return typeof value === 'string' && value ? value : null;
}

/** The value a field had after the event, or before it when the event removed it. */
function valueOf(event: AuditEvent, field: string): string | null {
  const row = changeRows(event).find((change) => change.field === field);
  const value = row?.after ?? row?.before;
  return typeof value === 'string' && value ? value : null;
}

/** Who holds the duty an event is about ("李明华，直接责任人"), or the record's number. */
function dutyHolder(event: AuditEvent, t: TFunction): string {
  // the trail records "王建国 #7": the name reads without the id
  const person = valueOf(event, 'person')?.replace(/\s*#\d+$/, '');
  const role = valueOf(event, 'role');
  if (!person) return t('audit.dutyEntry', { id: event.entityId });
  if (!role) return person;
  return t('audit.holder', { person, role: t(`duty.role.${role}`, { defaultValue: role }) });
}

/** A sync that only took an existing record into an OA source's keeping. */
function syncSourceOf(event: AuditEvent): string | null {
  const rows = changeRows(event);
  return rows.length === 1 && rows[0].field === 'syncSource' ? valueOf(event, 'syncSource') : null;
}

/** The i18n key of an action's own sentence: "duty.handed-over" → audit.action.duty.handed-over. */
export function actionKey(action: string): string {
  return `audit.action.${action}`;
}

/** When the event happened on the server's configured clock (occurredAtLocal), else on the browser's. */
export function eventTime(event: AuditEvent, t: TFunction): string {
  const local = event.occurredAtLocal ? dayjs(event.occurredAtLocal) : null;
  return local?.isValid() ? local.format(t('common.format.dateTime')) : formatDateTime(event.occurredAt);
}

/** Who acted: their name where the caller may read it, else the login name, else "system". */
export function actorOf(event: AuditEvent, t: TFunction): string {
  // Without a subject the system itself acted (demo data, migrations), whatever name it recorded.
  const system = !event.actorSubject && event.actorPersonId == null;
  return (
    event.names?.actor ||
    (system ? t('audit.systemActor') : event.actorUsername || event.actorSubject || t('audit.systemActor'))
  );
}

/** The action's short name ("新建组织"), or the code itself for an action this web app does not know yet. */
export function actionName(action: string, t: TFunction): string {
  return t(actionNameKey(action), { defaultValue: '' }) || action;
}

/**
 * One readable sentence per event, e.g. "王建国 于 2026-11-28 10:00 修改了组织「柳岸社区」", with the names the
 * server resolved within the caller's scope (`event.names`): what it cannot name reads as out of scope.
 */
export function describeEvent(event: AuditEvent, t: TFunction): string {
  const verb = verbOf(event.action);
  const params = {
    actor: actorOf(event, t),
    time: eventTime(event, t),
    verb: t(`audit.verb.${verb}`, { defaultValue: '' }) || t('audit.verb.unknown', { action: event.action }),
    entity: t(`audit.entityType.${event.entityType}`, { defaultValue: event.entityType }),
    name: recordedName(event) ?? event.names?.entity ?? t('audit.outOfScope'),
    holder: event.entityType === 'duty_assignment' ? dutyHolder(event, t) : '',
    actionName: t(actionNameKey(event.action), { defaultValue: '' }),
  };
  const source = syncSourceOf(event);
  if (source) return t('audit.syncLinked', { ...params, source });
  // Actions with a sentence of their own; the others read "<actor> 于 <time> <action name>（<name>）".
  const own = /^[a-z-]+\.[a-z-]+$/.test(event.action)
    ? t(actionKey(event.action), { ...params, defaultValue: '' })
    : '';
  if (own) return own;
  if (params.actionName) return t('audit.actionSentence', params);
  return t(`audit.sentenceFor.${verb}`, { ...params, defaultValue: '' }) || t('audit.sentence', params);
}
