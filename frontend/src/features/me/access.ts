import type { Me } from '@/lib/api-types';

/**
 * What the current user may do, decided from GET /me alone. It mirrors the backend's
 * organization-scope rule: a user reads the subtrees of the organizations they belong to
 * and writes where their membership role is STAFF; `admin` does everything; `auditor`
 * reads everything and changes nothing. The backend still enforces it; this only decides
 * which pages and buttons to offer.
 */
export interface Access {
  isAdmin: boolean;
  isAuditor: boolean;
  /** No person record or no membership, and no global role: nothing to show. */
  hasNoAccess: boolean;
  canBrowseOrganizations: boolean;
  canBrowsePeople: boolean;
  canReadAudit: boolean;
  /** Recompute the whole audit chain: admin and auditor only, as the backend allows. */
  canVerifyAudit: boolean;
  /** May create and edit people (somewhere). */
  canManagePeople: boolean;
  /** Only admins create root organizations. */
  canCreateRootOrganization: boolean;
  /** The responsibility matrix of a subtree (read). */
  canReadMatrix: boolean;
  /** The channel register (read). */
  canBrowseChannels: boolean;
  /** May register channels (somewhere). */
  canManageChannels: boolean;
  /** Linked to a person, so there are duties of one's own to show. */
  hasOwnDuties: boolean;
  /** Publications (信息发布) of the scope (read). */
  canBrowsePublications: boolean;
  /** May draft items: an author is a person who is STAFF somewhere. */
  canDraftPublications: boolean;
  /** Linked to a person, so items may wait for their review (reviewers are found through duties). */
  canReview: boolean;
  /** Obligations (工作要求) and the compliance roll-up of the scope (read). */
  canBrowseObligations: boolean;
  /** A person with memberships: their organizations owe something (我的工作要求). */
  hasOwnObligations: boolean;
  /** May issue obligation rules (somewhere): STAFF of an organization, or admin. */
  canIssueObligationRules: boolean;
}

/** Writes on the duties of one organization. */
export interface DutyActions {
  assign: boolean;
  handOver: boolean;
  end: boolean;
  correct: boolean;
  editSettings: boolean;
}

/** Writes on one channel. */
export interface ChannelActions {
  edit: boolean;
  close: boolean;
}

export interface OrganizationActions {
  createChild: boolean;
  edit: boolean;
  move: boolean;
  dissolve: boolean;
  editLeadingGroup: boolean;
}

/** The parts of an organization the rules look at. */
export interface OrganizationInScope {
  id: number;
  active: boolean;
  path: { id: number }[];
}

const NO_ACTIONS: OrganizationActions = {
  createChild: false,
  edit: false,
  move: false,
  dissolve: false,
  editLeadingGroup: false,
};

function hasRole(me: Me, role: string): boolean {
  return me.globalRoles.includes(role);
}

/** Scope entries that come from memberships (not from a global role). */
function memberships(me: Me) {
  return me.scope.filter((entry) => entry.role === 'STAFF' || entry.role === 'MEMBER');
}

export function accessOf(me: Me): Access {
  const isAdmin = hasRole(me, 'admin');
  const isAuditor = hasRole(me, 'auditor');
  const global = isAdmin || isAuditor;
  const hasMemberships = !!me.person && memberships(me).length > 0;
  const canRead = global || hasMemberships;
  return {
    isAdmin,
    isAuditor,
    hasNoAccess: !canRead,
    canBrowseOrganizations: canRead,
    canBrowsePeople: canRead,
    canReadAudit: canRead,
    canVerifyAudit: global,
    canManagePeople: isAdmin || memberships(me).some((entry) => entry.role === 'STAFF'),
    canCreateRootOrganization: isAdmin,
    canReadMatrix: canRead,
    canBrowseChannels: canRead,
    canManageChannels: isAdmin || memberships(me).some((entry) => entry.role === 'STAFF'),
    hasOwnDuties: !!me.person,
    canBrowsePublications: canRead,
    canDraftPublications: !!me.person && memberships(me).some((entry) => entry.role === 'STAFF'),
    canReview: !!me.person,
    canBrowseObligations: canRead,
    hasOwnObligations: hasMemberships,
    canIssueObligationRules: isAdmin || memberships(me).some((entry) => entry.role === 'STAFF'),
  };
}

/** True when the user writes in the subtree that holds the organization (STAFF of it or of an ancestor). */
export function writesIn(me: Me, organization: OrganizationInScope): boolean {
  if (hasRole(me, 'admin')) return true;
  const lineage = new Set([organization.id, ...organization.path.map((ancestor) => ancestor.id)]);
  return memberships(me).some((entry) => entry.role === 'STAFF' && lineage.has(entry.organizationId));
}

/** True when the organization is one the user's scope starts at (moving it would take it out of reach). */
function isScopeRoot(me: Me, organization: OrganizationInScope): boolean {
  return me.scope.some((entry) => entry.organizationId === organization.id);
}

export function organizationActions(me: Me, organization: OrganizationInScope): OrganizationActions {
  if (!writesIn(me, organization)) return NO_ACTIONS;
  const admin = hasRole(me, 'admin');
  const ownRoot = !admin && isScopeRoot(me, organization);
  return {
    createChild: organization.active,
    edit: organization.active,
    move: organization.active && !ownRoot,
    dissolve: organization.active && !ownRoot,
    editLeadingGroup: organization.active,
  };
}

/**
 * Duties are recorded by whoever writes in the organization's subtree; a dissolved
 * organization keeps its history but takes no new entries.
 */
export function dutyActions(me: Me, organization: OrganizationInScope): DutyActions {
  const writes = writesIn(me, organization) && organization.active;
  return { assign: writes, handOver: writes, end: writes, correct: writes, editSettings: writes };
}

/** A channel is changed by whoever writes in its owner's subtree, until it is closed. */
export function channelActions(
  me: Me,
  owner: OrganizationInScope,
  channel: { status: 'PENDING_LAUNCH' | 'ACTIVE' | 'CLOSED' },
): ChannelActions {
  const writes = writesIn(me, owner) && channel.status !== 'CLOSED';
  return { edit: writes, close: writes };
}

/** Writes on one obligation: waived by the issuing level, never by the obligated organization itself. */
export interface ObligationActions {
  waive: boolean;
  record: boolean;
}

/**
 * A waiver is the issuing level's call: STAFF of the issuing organization (or above it) or admin,
 * but not someone whose own organization is the obligated one (the server's `self-waiver`).
 * A fulfilment is recorded by whoever writes in the obligated organization's subtree.
 */
export function obligationActions(
  me: Me,
  obligated: OrganizationInScope,
  issuer: OrganizationInScope | undefined,
): ObligationActions {
  const admin = hasRole(me, 'admin');
  const ownOrganization = memberships(me).some(
    (entry) => entry.role === 'STAFF' && entry.organizationId === obligated.id,
  );
  return {
    waive: admin || (!!issuer && writesIn(me, issuer) && !ownOrganization),
    record: obligated.active && writesIn(me, obligated),
  };
}

/** A rule is written by STAFF of its issuing organization (or above it) or an admin, until it is retired. */
export function ruleActions(
  me: Me,
  issuer: OrganizationInScope,
  rule: { retired: boolean },
): { edit: boolean; retire: boolean } {
  const writes = writesIn(me, issuer) && !rule.retired;
  return { edit: writes, retire: writes };
}
