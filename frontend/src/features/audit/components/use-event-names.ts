import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useMe } from '@/features/me';
import { organizationQuery } from '@/features/organization';
import { personQuery } from '@/features/person';
import type { AuditEvent } from '@/lib/api-types';
import { recordedName } from './describe-event';

const LOOKUP = { retry: false, staleTime: 5 * 60 * 1000 } as const;

function distinct(ids: (number | null | undefined)[]): number[] {
  return [...new Set(ids.filter((id): id is number => typeof id === 'number' && Number.isSafeInteger(id)))];
}

/** Names of the people who acted, where the user may see them; the others show their login name. */
export function useActorNames(events: AuditEvent[]): (event: AuditEvent) => string | undefined {
  const { data: me } = useMe();
  const own = useMemo(() => (me?.person ? { id: me.person.id, name: me.person.name } : null), [me]);
  const ids = useMemo(
    () => distinct(events.map((e) => e.actorPersonId)).filter((id) => id !== own?.id),
    [events, own],
  );
  const results = useQueries({ queries: ids.map((id) => ({ ...personQuery(id), ...LOOKUP })) });
  const names = new Map<number, string>();
  if (own) names.set(own.id, own.name);
  for (const result of results) if (result.data) names.set(result.data.id, result.data.name);
  const myName = me?.person?.name || me?.displayName;
  return (event) =>
    (event.actorPersonId != null ? names.get(event.actorPersonId) : undefined) ??
    (me && event.actorSubject === me.subject ? myName : undefined);
}

/** Which organization or person an event is about, when it must be looked up. */
function subjectOf(event: AuditEvent): { kind: 'organization' | 'person'; id: number } | null {
  if (recordedName(event)) return null;
  if (event.entityType === 'person') return { kind: 'person', id: Number(event.entityId) };
  if (event.entityType === 'organization') return { kind: 'organization', id: Number(event.entityId) };
  if (event.organizationId != null) return { kind: 'organization', id: event.organizationId };
  return null;
}

/** Present names of the entities of events that did not record a name (moves, dissolutions…). */
export function useEntityNames(events: AuditEvent[]): (event: AuditEvent) => string | undefined {
  const subjects = events.map(subjectOf);
  const orgIds = distinct(subjects.map((s) => (s?.kind === 'organization' ? s.id : null)));
  const personIds = distinct(subjects.map((s) => (s?.kind === 'person' ? s.id : null)));
  const orgs = useQueries({ queries: orgIds.map((id) => ({ ...organizationQuery(id), ...LOOKUP })) });
  const people = useQueries({ queries: personIds.map((id) => ({ ...personQuery(id), ...LOOKUP })) });
  const orgNames = new Map(orgs.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : [])));
  const personNames = new Map(people.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : [])));
  return (event) => {
    const subject = subjectOf(event);
    if (!subject) return undefined;
    return (subject.kind === 'organization' ? orgNames : personNames).get(subject.id);
  };
}
