import type { Me, Organization, Person } from '@/lib/api-types';

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
