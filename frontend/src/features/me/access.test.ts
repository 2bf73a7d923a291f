import { describe, expect, it } from 'vitest';
import { me, organization, person } from '@/test/fixtures';
import {
  accessOf,
  channelActions,
  dutyActions,
  obligationActions,
  organizationActions,
  ruleActions,
} from './access';

const street = organization({ id: 10, path: [{ id: 1, code: 'QU', name: '城关区' }] });
const community = organization({
  id: 20,
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'JD-01', name: '城关街道' },
  ],
});

describe('accessOf', () => {
  it('gives an admin everything', () => {
    const access = accessOf(
      me({
        globalRoles: ['admin'],
        person: undefined,
        scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'ADMIN' }],
      }),
    );
    expect(access).toMatchObject({
      isAdmin: true,
      hasNoAccess: false,
      canManagePeople: true,
      canReadAudit: true,
      canVerifyAudit: true,
      canCreateRootOrganization: true,
    });
  });

  it('lets an auditor read but not manage', () => {
    const access = accessOf(
      me({
        globalRoles: ['auditor'],
        person: undefined,
        scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'AUDITOR' }],
      }),
    );
    expect(access).toMatchObject({
      isAuditor: true,
      hasNoAccess: false,
      canReadAudit: true,
      canVerifyAudit: true,
      canManagePeople: false,
    });
  });

  it('lets staff manage people and members only read', () => {
    expect(accessOf(me()).canManagePeople).toBe(true);
    expect(accessOf(me())).toMatchObject({ canReadAudit: true, canVerifyAudit: false });
    const member = accessOf(
      me({ scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'MEMBER' }] }),
    );
    expect(member).toMatchObject({
      hasNoAccess: false,
      canBrowseOrganizations: true,
      canManagePeople: false,
    });
  });

  it('finds no access without a person record', () => {
    expect(accessOf(me({ person: undefined, scope: [] })).hasNoAccess).toBe(true);
  });

  it('finds no access for a person without memberships', () => {
    expect(accessOf(me({ person: person(), scope: [] })).hasNoAccess).toBe(true);
  });
});

describe('organizationActions', () => {
  it('lets staff change organizations below their own, but not move or dissolve their own', () => {
    expect(organizationActions(me(), community)).toEqual({
      createChild: true,
      edit: true,
      move: true,
      dissolve: true,
      editLeadingGroup: true,
    });
    expect(organizationActions(me(), street)).toEqual({
      createChild: true,
      edit: true,
      move: false,
      dissolve: false,
      editLeadingGroup: true,
    });
  });

  it('gives a member no write action', () => {
    const member = me({ scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'MEMBER' }] });
    expect(Object.values(organizationActions(member, community)).some(Boolean)).toBe(false);
  });

  it('gives staff of another branch no write action', () => {
    const outsider = me({ scope: [{ organizationId: 11, code: 'JD-02', name: '河西街道', role: 'STAFF' }] });
    expect(Object.values(organizationActions(outsider, community)).some(Boolean)).toBe(false);
  });

  it('offers nothing but reading on a dissolved organization', () => {
    expect(Object.values(organizationActions(me(), { ...community, active: false })).some(Boolean)).toBe(
      false,
    );
  });

  it('gives an auditor no write action and an admin all of them', () => {
    const auditor = me({ globalRoles: ['auditor'], person: undefined, scope: [] });
    expect(Object.values(organizationActions(auditor, community)).some(Boolean)).toBe(false);
    const admin = me({
      globalRoles: ['admin'],
      person: undefined,
      scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'ADMIN' }],
    });
    expect(organizationActions(admin, street).dissolve).toBe(true);
  });
});

describe('duties, matrix and channels', () => {
  const auditor = me({
    globalRoles: ['auditor'],
    person: undefined,
    scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'AUDITOR' }],
  });
  const member = me({ scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'MEMBER' }] });
  const admin = me({
    globalRoles: ['admin'],
    person: undefined,
    scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'ADMIN' }],
  });

  it('lets staff record, hand over, end and correct duties in their subtree', () => {
    expect(dutyActions(me(), community)).toEqual({
      assign: true,
      handOver: true,
      end: true,
      correct: true,
      editSettings: true,
    });
    expect(dutyActions(me(), street).handOver).toBe(true);
  });

  it('hides every duty write from members, auditors, outsiders and on a dissolved organization', () => {
    const outsider = me({ scope: [{ organizationId: 11, code: 'JD-02', name: '河西街道', role: 'STAFF' }] });
    for (const user of [member, auditor, outsider]) {
      expect(Object.values(dutyActions(user, community)).some(Boolean)).toBe(false);
    }
    expect(Object.values(dutyActions(me(), { ...community, active: false })).some(Boolean)).toBe(false);
    expect(dutyActions(admin, community).handOver).toBe(true);
  });

  it('shows the matrix and the channel register to every reader, and "my duties" to linked people', () => {
    for (const user of [me(), member, auditor, admin]) {
      const access = accessOf(user);
      expect(access.canReadMatrix).toBe(true);
      expect(access.canBrowseChannels).toBe(true);
    }
    expect(accessOf(me()).hasOwnDuties).toBe(true);
    expect(accessOf(auditor).hasOwnDuties).toBe(false);
  });

  it('shows publications to every reader, lets staff persons draft, and linked people review', () => {
    for (const user of [me(), member, auditor, admin])
      expect(accessOf(user).canBrowsePublications).toBe(true);
    expect(accessOf(me()).canDraftPublications).toBe(true);
    expect(accessOf(member).canDraftPublications).toBe(false);
    expect(accessOf(auditor).canDraftPublications).toBe(false);
    expect(accessOf(me()).canReview).toBe(true);
    expect(accessOf(auditor).canReview).toBe(false);
  });

  it('lets staff and admins register channels, not members or auditors', () => {
    expect(accessOf(me()).canManageChannels).toBe(true);
    expect(accessOf(admin).canManageChannels).toBe(true);
    expect(accessOf(member).canManageChannels).toBe(false);
    expect(accessOf(auditor).canManageChannels).toBe(false);
  });

  it('lets staff edit and close an open channel of their subtree, and nobody a closed one', () => {
    expect(channelActions(me(), community, { status: 'ACTIVE' })).toEqual({ edit: true, close: true });
    expect(channelActions(me(), community, { status: 'PENDING_LAUNCH' }).close).toBe(true);
    expect(channelActions(me(), community, { status: 'CLOSED' })).toEqual({ edit: false, close: false });
    expect(channelActions(member, community, { status: 'ACTIVE' })).toEqual({ edit: false, close: false });
    expect(channelActions(auditor, community, { status: 'ACTIVE' })).toEqual({ edit: false, close: false });
  });
});

describe('obligationActions', () => {
  const communityClerk = me({
    username: 'community',
    scope: [{ organizationId: 20, code: 'SQ-01', name: '柳岸社区', role: 'STAFF' }],
  });

  it('lets the issuing level waive and the obligated organization record, never waive its own', () => {
    // secretary: STAFF of the street (10) that issued the rule; the community (20) owes it
    expect(obligationActions(me(), community, street)).toEqual({ waive: true, record: true });
    expect(obligationActions(communityClerk, community, street)).toEqual({ waive: false, record: true });
  });

  it('refuses a waiver when the issuer is above the user, and when the issuer is not known yet', () => {
    const district = organization({ id: 1, parentId: undefined, path: [] });
    expect(obligationActions(me(), community, district).waive).toBe(false);
    expect(obligationActions(me(), community, undefined).waive).toBe(false);
  });

  it('lets an admin waive anything; members and auditors change nothing', () => {
    expect(obligationActions(me({ globalRoles: ['admin'] }), community, street).waive).toBe(true);
    const member = me({ scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'MEMBER' }] });
    expect(obligationActions(member, community, street)).toEqual({ waive: false, record: false });
    const auditor = me({ globalRoles: ['auditor'], person: undefined, scope: [] });
    expect(obligationActions(auditor, community, street)).toEqual({ waive: false, record: false });
  });

  it('lets staff of the issuer edit and retire a rule until it is retired', () => {
    expect(ruleActions(me(), street, { retired: false })).toEqual({ edit: true, retire: true });
    expect(ruleActions(me(), street, { retired: true })).toEqual({ edit: false, retire: false });
    expect(ruleActions(communityClerk, street, { retired: false })).toEqual({ edit: false, retire: false });
  });

  it('shows the obligation pages to readers and the rule editor button to staff', () => {
    expect(accessOf(me())).toMatchObject({
      canBrowseObligations: true,
      hasOwnObligations: true,
      canIssueObligationRules: true,
    });
    const auditor = accessOf(me({ globalRoles: ['auditor'], person: undefined, scope: [] }));
    expect(auditor).toMatchObject({
      canBrowseObligations: true,
      hasOwnObligations: false,
      canIssueObligationRules: false,
    });
  });
});
