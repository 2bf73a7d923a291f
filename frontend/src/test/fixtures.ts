import type { Channel, DutyAssignment, Me, Organization, Person, Publication } from '@/lib/api-types';

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
    hiddenMemberships: 0,
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

export function publication(overrides: Partial<Publication> = {}): Publication {
  return {
    id: 300,
    channel: { id: 50, name: '城关发布', type: 'WECHAT_OFFICIAL_ACCOUNT' },
    organization: { id: 10, code: 'JD-01', name: '城关街道' },
    title: '城关街道开展消防安全检查',
    summary: '街道联合消防救援站检查沿街商铺。',
    body: '<p>11月27日，街道组织开展消防安全检查。</p>',
    status: 'IN_REVIEW',
    review: {
      submission: 1,
      currentStep: 1,
      stepCount: 2,
      currentStepName: '分管领导初审',
      currentStepRole: 'DIRECT_RESPONSIBLE',
      waitingSince: '2026-11-27T02:00:00Z',
      allowSamePersonMultipleSteps: false,
      steps: [
        {
          name: '分管领导初审',
          role: 'DIRECT_RESPONSIBLE',
          checklist: ['涉密不公开、公开不涉密', '事实、数据、人名已核实'],
        },
        { name: '主要领导审批', role: 'FIRST_RESPONSIBLE', checklist: ['涉密不公开、公开不涉密'] },
      ],
      holders: [
        { step: 1, people: [{ id: 9, name: '赵副书记' }] },
        { step: 2, people: [{ id: 7, name: '王书记' }] },
      ],
    },
    author: { id: 8, name: '李小编' },
    revisionNumber: 2,
    contentHash: 'a3f1c2d4e5b6a7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70',
    attachments: [],
    approvals: [],
    allowedActions: [],
    version: 5,
    createdAt: '2026-11-26T02:00:00Z',
    updatedAt: '2026-11-27T02:00:00Z',
    ...overrides,
  } as Publication;
}
