import type { Channel, DutyAssignment, Me, Organization, Person } from '@/lib/api-types';

export function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    id: 10,
    code: 'JD-01',
    name: '城关街道',
    type: 'STREET',
    parentId: 1,
    sortOrder: 1,
    active: true,
    depth: 1,
    childCount: 2,
    path: [{ id: 1, code: 'QU', name: '城关区' }],
    version: 4,
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-28T02:00:00Z',
    ...overrides,
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 7,
    name: '王建国',
    post: '党工委书记',
    username: 'secretary',
    active: true,
    memberships: [],
    version: 3,
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-28T02:00:00Z',
    ...overrides,
  };
}

export function me(overrides: Partial<Me> = {}): Me {
  return {
    subject: 'sub-secretary',
    username: 'secretary',
    displayName: '王建国',
    globalRoles: [],
    person: person(),
    scope: [{ organizationId: 10, code: 'JD-01', name: '城关街道', role: 'STAFF' }],
    ...overrides,
  };
}

export function dutyAssignment(overrides: Partial<DutyAssignment> = {}): DutyAssignment {
  return {
    id: 100,
    role: 'FIRST_RESPONSIBLE',
    person: { id: 7, name: '王建国', active: true },
    organization: { id: 10, code: 'JD-01', name: '城关街道' },
    validFrom: '2024-01-01',
    validTo: null,
    basis: { documentNumber: '城关党工〔2024〕1号', title: '关于调整网络意识形态工作责任分工的通知' },
    scope: [],
    channel: null,
    endReason: null,
    correctionReason: null,
    correctedAt: null,
    version: 1,
    createdAt: '2024-01-01T02:00:00Z',
    updatedAt: '2024-01-01T02:00:00Z',
    ...overrides,
  } as DutyAssignment;
}

export function channel(overrides: Partial<Channel> = {}): Channel {
  return {
    id: 50,
    organization: { id: 10, code: 'JD-01', name: '城关街道' },
    type: 'WECHAT_OFFICIAL_ACCOUNT',
    name: '城关发布',
    accountId: 'chengguan-fabu',
    status: 'ACTIVE',
    launchedOn: '2023-05-01',
    administrators: [],
    publishedCount: 0,
    version: 2,
    createdAt: '2023-05-01T02:00:00Z',
    updatedAt: '2023-05-01T02:00:00Z',
    ...overrides,
  };
}
