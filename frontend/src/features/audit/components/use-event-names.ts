import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { channelQuery } from '@/features/channel';
import { useMe } from '@/features/me';
import { organizationQuery } from '@/features/organization';
import { personQuery } from '@/features/person';
import { publicationQuery } from '@/features/publication';
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

type SubjectKind = 'organization' | 'person' | 'channel' | 'publication';

/** Entity types named by looking themselves up; the others are named by their organization. */
const OWN_LOOKUP: Record<string, SubjectKind> = {
  organization: 'organization',
  person: 'person',
  channel: 'channel',
  publication: 'publication',
};

/** Which organization, person, channel or publication an event is about, when it must be looked up. */
function subjectOf(event: AuditEvent): { kind: SubjectKind; id: number } | null {
  if (recordedName(event)) return null;
  const own = OWN_LOOKUP[event.entityType];
  if (own) return { kind: own, id: Number(event.entityId) };
  // a subscription is no organization's namesake: it stays "#id" when it recorded no URL
  if (event.entityType === 'webhook-subscription') return null;
  if (event.organizationId != null) return { kind: 'organization', id: event.organizationId };
  return null;
}

function namesOf(kind: SubjectKind, subjects: ({ kind: SubjectKind; id: number } | null)[]): number[] {
  return distinct(subjects.map((s) => (s?.kind === kind ? s.id : null)));
}

/** Present names of the entities of events that did not record a name (moves, dissolutions, reviews…). */
export function useEntityNames(events: AuditEvent[]): (event: AuditEvent) => string | undefined {
  const subjects = events.map(subjectOf);
  const orgs = useQueries({
    queries: namesOf('organization', subjects).map((id) => ({ ...organizationQuery(id), ...LOOKUP })),
  });
  const people = useQueries({
    queries: namesOf('person', subjects).map((id) => ({ ...personQuery(id), ...LOOKUP })),
  });
  const channels = useQueries({
    queries: namesOf('channel', subjects).map((id) => ({ ...channelQuery(id), ...LOOKUP })),
  });
  const publications = useQueries({
    queries: namesOf('publication', subjects).map((id) => ({ ...publicationQuery(id), ...LOOKUP })),
  });
  const names: Record<SubjectKind, Map<number, string>> = {
    organization: new Map(orgs.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : []))),
    person: new Map(people.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : []))),
    channel: new Map(channels.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : []))),
    publication: new Map(publications.flatMap((r) => (r.data ? [[r.data.id, r.data.title] as const] : []))),
  };
  return (event) => {
    const subject = subjectOf(event);
    return subject ? names[subject.kind].get(subject.id) : undefined;
  };
}
