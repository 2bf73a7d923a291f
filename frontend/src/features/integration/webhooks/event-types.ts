import type { Access } from '@/features/me';

/** The events a subscriber is offered by name; any other pattern may be typed in. */
export const KNOWN_EVENT_TYPES = [
  'organization.*',
  'person.*',
  'duty.*',
  'channel.*',
  'publication.submitted',
  'publication.approved',
  'publication.rejected',
  'publication.published',
  'publication.retracted',
  // every notification a person gets, with their OA user id, so an OA system can push it to phones
  'notification.created',
] as const;

/** As the server checks it: an event type, a prefix with `.*`, or `*` for everything. */
export const EVENT_TYPE_PATTERN = /^(\*|[a-z][a-z-]*(\.[a-z][a-z-]*)*(\.\*)?)$/;

/** i18n key of a pattern's label: organization.* → integration.event.organization_all. */
export function eventLabelKey(pattern: string): string {
  if (pattern === '*') return 'integration.event.all';
  return `integration.event.${pattern.replace('.*', '_all').replace('.', '_')}`;
}

/**
 * Admins subscribe to anything; STAFF to the events of the subtrees they keep (the server's
 * WebhookSubscriptions rule). Both are the people who may manage channels or people somewhere.
 */
export function canManageWebhooks(access: Access): boolean {
  return access.isAdmin || access.canManageChannels;
}
