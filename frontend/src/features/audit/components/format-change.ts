import '../locale';
import type { TFunction } from 'i18next';
import type { AuditEvent } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

/** Which kind of id a changed field holds: the rule of the server's AuditNamer, which named them. */
export function idKindOf(field: string): 'organization' | 'person' | null {
  if (['parentId', 'organizationId', 'officeDepartmentId', 'filedUpwardToId'].includes(field))
    return 'organization';
  if (field.endsWith('OrganizationId')) return 'organization';
  if (['personId', 'officeDirectorId'].includes(field) || field.endsWith('PersonId')) return 'person';
  return null;
}

/** Where an enum field's values are named, the event's own capability first (statuses differ between them). */
const ENUM_AREAS: Record<string, string[]> = {
  type: ['organization.type', 'channel.type'],
  role: ['duty.role', 'common.user.scopeRole', 'leadingGroup.position'],
  kind: ['inspection.kind', 'obligation.kind', 'report.kind'],
  severity: ['inspection.severity'],
  outcome: ['accountability.outcome'],
  endReasonCode: ['duty.endReason'],
  status: [
    'channel.status',
    'publication.status',
    'inspection.status',
    'inspection.rectification.status',
    'report.status',
    'report.matter.status',
    'accountability.status',
    'obligation.status',
    'dossier.status',
  ],
};

const STATUS_OF_ENTITY: Record<string, string> = {
  channel: 'channel.status',
  publication: 'publication.status',
  inspection: 'inspection.status',
  rectification: 'inspection.rectification.status',
  'work-report': 'report.status',
  'major-matter': 'report.matter.status',
  'accountability-case': 'accountability.status',
  obligation: 'obligation.status',
  'inspection-package': 'dossier.status',
};

function enumLabel(field: string, value: string, event: AuditEvent, t: TFunction): string | null {
  const areas = ENUM_AREAS[field];
  if (!areas) return null;
  const own = field === 'status' ? STATUS_OF_ENTITY[event.entityType] : undefined;
  for (const area of own ? [own, ...areas] : areas) {
    const label = t(`${area}.${value}`, { defaultValue: '' });
    if (label) return label;
  }
  return null;
}

/** The trail writes lists as "a; b; c" (memberships, predecessors, scopes). */
function entries(value: string): string[] {
  return value.split('; ').filter(Boolean);
}

/** "STREET-DH 临江区东湖街道党工委 STAFF (primary)" → "临江区东湖街道党工委（工作人员，主要）". */
function membership(entry: string, t: TFunction): string {
  const hidden = /^… and (\d+) more outside your scope$/.exec(entry);
  if (hidden) return t('audit.value.membershipsHidden', { count: Number(hidden[1]) });
  const line = /^\S+ (.+) (STAFF|MEMBER)( \(primary\))?$/.exec(entry);
  if (!line) return entry;
  const role = t(`common.user.scopeRole.${line[2]}`);
  return t(line[3] ? 'audit.value.membershipPrimary' : 'audit.value.membership', {
    organization: line[1],
    role,
  });
}

/** "孙丽娟 #9 (assignment 23)" → "孙丽娟（职责记录 #23）". */
function predecessor(entry: string, t: TFunction): string {
  const m = /^(.+?) #\d+ \(assignment (\d+)\)$/.exec(entry);
  return m ? t('audit.value.predecessor', { person: m[1], id: m[2] }) : entry;
}

/** Reasons the server stored as text of one language, put in the reader's. */
function reason(value: string, t: TFunction): string {
  const handedOver = /^交接给 (.+)（自 (\d{4}-\d{2}-\d{2}) 起）$/.exec(value);
  if (handedOver) return t('audit.value.handedOverTo', { person: handedOver[1], day: handedOver[2] });
  const closed = /^channel closed: (.*)$/s.exec(value);
  if (closed) return t('audit.value.channelClosed', { reason: closed[1] });
  return value;
}

/** "王建国 #7" → "王建国"; "STREET-DH 临江区东湖街道党工委 #3" → "临江区东湖街道党工委". */
function withoutIds(value: string, coded: boolean): string {
  return value.replace(/\s*#\d+$/, '').replace(coded ? /^\S+ / : /^$/, '');
}

/** A value of an event's `changes` as a reader reads it: names for ids, words for codes, local times. */
export function formatChangeValue(field: string, value: unknown, event: AuditEvent, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const idKind = idKindOf(field);
  if (idKind && (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))) {
    const names = idKind === 'organization' ? event.names?.organizations : event.names?.people;
    return names?.[String(value)] ?? t('audit.outOfScope');
  }
  if (typeof value === 'string') {
    const sep = t('audit.value.listSeparator');
    switch (field) {
      case 'memberships':
        return entries(value)
          .map((entry) => membership(entry, t))
          .join(sep);
      case 'handedOverFrom':
        return entries(value)
          .map((entry) => predecessor(entry, t))
          .join(sep);
      case 'person':
      case 'channel':
        return withoutIds(value, false);
      case 'scope':
        return entries(value)
          .map((entry) => withoutIds(entry, true))
          .join(sep);
      case 'endReason':
      case 'reason':
        return reason(value, t);
    }
    const label = enumLabel(field, value, event, t);
    if (label) return label;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
      return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object'))
    return value.join(t('audit.value.listSeparator'));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
