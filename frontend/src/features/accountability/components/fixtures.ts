// Test data: a case against 东湖街道 over a retracted item of 东湖发布, as the server would derive it.
import type { AccountabilityCase, Line } from '../api/types';

export function line(overrides: Partial<Line> = {}): Line {
  return {
    id: 1,
    personId: 7,
    personName: '王建国',
    responsibility: 'MAIN_LEADERSHIP',
    proposed: 'MAIN_LEADERSHIP',
    source: 'DUTY',
    role: 'FIRST_RESPONSIBLE',
    assignmentId: 100,
    assignmentBasis: '东委〔2026〕3号',
    why: '2026-03-05 任东湖街道第一责任人（依据：东委〔2026〕3号）',
    exempt: false,
    edited: false,
    ...overrides,
  };
}

export const secretaryLine = line();
export const deputyLine = line({
  id: 2,
  personId: 8,
  personName: '李明华',
  responsibility: 'MAIN_LEADERSHIP',
  role: 'DIRECT_RESPONSIBLE',
  assignmentId: 101,
  why: '2026-03-05 任东湖街道直接责任人（依据：东委〔2026〕3号）；审核第2稿',
});
export const reviewerLine = line({
  id: 3,
  personId: 9,
  personName: '陈静',
  responsibility: 'NONE',
  proposed: 'NONE',
  source: 'REVIEW',
  role: undefined,
  assignmentId: undefined,
  assignmentBasis: undefined,
  why: '审核第2稿时退回，后被上一级审核通过',
  exempt: true,
  exemptingRecord: {
    kind: 'REVIEW_REJECTION',
    id: 55,
    at: '2026-11-30T02:00:00Z',
    text: '表述不准确，退回修改',
  },
});

export function accountabilityCase(overrides: Partial<AccountabilityCase> = {}): AccountabilityCase {
  return {
    id: 5,
    version: 1,
    filingOrganizationId: 1,
    filingOrganizationName: '东湖区纪委',
    subjectOrganizationId: 10,
    subjectOrganizationName: '东湖街道',
    title: '东湖发布错误信息问责',
    incidentDate: '2026-12-01',
    situation: 'UNREVIEWED_PUBLICATION',
    description: '东湖发布于12月1日发布的信息存在错误表述，造成负面影响。',
    decisionKind: 'INDIVIDUAL',
    links: [{ kind: 'PUBLICATION', id: 12, label: '关于冬季供暖的通知' }],
    status: 'DRAFT',
    createdAt: '2026-12-02T02:00:00Z',
    createdByName: '林正',
    lines: [secretaryLine, deputyLine, reviewerLine],
    ownLineOnly: false,
    ...overrides,
  };
}
