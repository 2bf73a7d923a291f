import { LINK_KINDS, type CaseLink, type DecisionKind, type LinkKind, type Situation } from '../api/types';

/**
 * `PUBLICATION:12`, `FULFILMENT:5:2` (the decision at index 2 of fulfilment 5): the pre-linked entry points'
 * `?link=` values. Anything else is dropped, so a hand-typed address cannot send a malformed link.
 */
export function parseLink(value: string): CaseLink | undefined {
  const [kind, id, decisionIndex, ...rest] = value.split(':');
  if (rest.length > 0 || !LINK_KINDS.includes(kind as LinkKind)) return undefined;
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) return undefined;
  if (decisionIndex === undefined) return { kind: kind as LinkKind, id: n };
  const index = Number(decisionIndex);
  if (decisionIndex === '' || !Number.isSafeInteger(index) || index < 0) return undefined;
  return { kind: kind as LinkKind, id: n, decisionIndex: index };
}

/** The inverse of parseLink: what an entry point puts in `?link=`. */
export function formatLink(link: CaseLink): string {
  return link.decisionIndex != null
    ? `${link.kind}:${link.id}:${link.decisionIndex}`
    : `${link.kind}:${link.id}`;
}

/** Each distinct link once, in the order given. */
export function distinctLinks(links: CaseLink[]): CaseLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = formatLink(link);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The address of the new-case form, pre-linked to a record; the subject organization and the incident date
 * are filled in when the entry point knows them.
 */
export function newCasePath(
  link: CaseLink,
  prefill: { subjectOrganizationId?: number; incidentDate?: string } = {},
) {
  const params = new URLSearchParams({ link: formatLink(link) });
  if (prefill.subjectOrganizationId) params.set('subject', String(prefill.subjectOrganizationId));
  if (prefill.incidentDate) params.set('date', prefill.incidentDate);
  return `/accountability-cases/new?${params.toString()}`;
}

/** The page of a linked record, when the app has one for it (obligations and fulfilments are shown by label only). */
export function linkedRecordPath(link: CaseLink): string | undefined {
  switch (link.kind) {
    case 'PUBLICATION':
      return `/publications/${link.id}`;
    case 'MAJOR_MATTER':
      return `/major-matters/${link.id}`;
    case 'RECTIFICATION':
      return `/rectifications/${link.id}`;
    case 'FINDING':
      return '/findings';
    default:
      return undefined;
  }
}

/** The situation a pre-linked form starts with (the filer may change it); none for an obligation. */
export function suggestedSituation(links: CaseLink[]): Situation | undefined {
  const kinds = new Set(links.map((link) => link.kind));
  if (kinds.has('PUBLICATION')) return 'UNREVIEWED_PUBLICATION';
  if (kinds.has('MAJOR_MATTER')) return 'MAJOR_MATTER_CONCEALED';
  if (kinds.has('RECTIFICATION') || kinds.has('FINDING')) return 'RECTIFICATION_FAILED';
  return undefined;
}

/** A publication is approved by individuals; everything else is decided by a body (the filer may change it). */
export function suggestedDecisionKind(links: CaseLink[]): DecisionKind {
  return links.some((link) => link.kind === 'PUBLICATION') ? 'INDIVIDUAL' : 'COLLECTIVE';
}
