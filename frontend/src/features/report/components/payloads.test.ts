import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { WorkReport } from '../api/types';
import { matterTimesProblem } from './matter-form';
import { createWorkReportBody, isBlankHtml, majorMatterBody, updateWorkReportBody } from './payloads';

describe('work report payloads', () => {
  it('leaves recipient and title to the server when not given', () => {
    expect(
      createWorkReportBody({
        organizationId: 20,
        kind: 'SEMIANNUAL',
        period: '2026-H2',
        title: '  ',
        form: 'WRITTEN',
      }),
    ).toEqual({ organizationId: 20, kind: 'SEMIANNUAL', period: '2026-H2', form: 'WRITTEN' });
    expect(
      createWorkReportBody({
        organizationId: 20,
        recipientOrganizationId: 1,
        kind: 'ANNUAL',
        period: '2026',
        title: ' 年度报告 ',
        form: 'IN_PERSON',
      }),
    ).toEqual({
      organizationId: 20,
      recipientOrganizationId: 1,
      kind: 'ANNUAL',
      period: '2026',
      title: '年度报告',
      form: 'IN_PERSON',
    });
  });

  it('saves every field on the version seen; an emptied editor clears its section', () => {
    const report = { id: 5, version: 3 } as WorkReport;
    expect(
      updateWorkReportBody(report, {
        title: ' 柳岸社区2026年下半年专题汇报 ',
        form: 'WRITTEN',
        progress: '<p>开展了三次分析研判。</p>',
        problems: '<p><br></p>',
        plans: undefined,
        copyOrganizationIds: [7, 7, 9],
      }),
    ).toEqual({
      version: 3,
      title: '柳岸社区2026年下半年专题汇报',
      form: 'WRITTEN',
      progress: '<p>开展了三次分析研判。</p>',
      problems: '',
      plans: '',
      copyOrganizationIds: [7, 9],
    });
  });

  it('counts a section with only tags or spaces as blank, one with an image as filled', () => {
    expect(isBlankHtml('<p>&nbsp; </p>')).toBe(true);
    expect(isBlankHtml(null)).toBe(true);
    expect(isBlankHtml('<p><img src="x.png"></p>')).toBe(false);
  });
});

describe('major matter payload', () => {
  it('sends instants in UTC and only the optional parts that are filled', () => {
    const occurredAt = dayjs('2026-12-02T01:30:00Z');
    const learnedAt = dayjs('2026-12-02T02:00:00Z');
    expect(
      majorMatterBody({
        organizationId: 20,
        category: 'ACCOUNT_HIJACKED',
        title: ' 公众号被盗用 ',
        description: ' 发布了非本单位内容 ',
        occurredAt,
        learnedAt,
        actionsTaken: '  ',
        channelId: 50,
      }),
    ).toEqual({
      organizationId: 20,
      category: 'ACCOUNT_HIJACKED',
      title: '公众号被盗用',
      description: '发布了非本单位内容',
      occurredAt: '2026-12-02T01:30:00.000Z',
      learnedAt: '2026-12-02T02:00:00.000Z',
      channelId: 50,
    });
  });

  it('refuses times in the future and learning before it happened', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    const earlier = dayjs('2026-12-03T08:00:00Z');
    const later = dayjs('2026-12-03T09:00:00Z');
    expect(matterTimesProblem(earlier, later, now)).toBeUndefined();
    expect(matterTimesProblem(later, earlier, now)).toEqual({
      field: 'learnedAt',
      key: 'report.matter.form.learnedBeforeOccurred',
    });
    expect(matterTimesProblem(earlier, dayjs('2026-12-03T11:00:00Z'), now)?.field).toBe('learnedAt');
    expect(matterTimesProblem(dayjs('2026-12-03T11:00:00Z'), undefined, now)?.field).toBe('occurredAt');
  });
});
