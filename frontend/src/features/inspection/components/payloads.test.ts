import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { ScoreLine, ScoringTemplate } from '../api/types';
import {
  duplicateCodes,
  findingBody,
  planBody,
  planUpdateBody,
  rectificationBody,
  scoresBody,
  scoreValuesOf,
  templateBody,
  templateValuesOf,
} from './payloads';

describe('templateBody', () => {
  it('trims, upper-cases codes, defaults veto, and writes the bands from 优秀 down with 较差 at 0', () => {
    expect(
      templateBody({
        name: ' 2026年度意识形态工作考核 ',
        items: [
          { code: ' a1 ', text: ' 落实第一责任人职责 ', maxPoints: 40, method: 'DOCUMENT_CHECK' },
          {
            code: 'A2',
            text: '阵地管理',
            maxPoints: 60,
            method: 'SITE_VISIT',
            veto: true,
            obligationRuleId: 7,
          },
        ],
        bands: { EXCELLENT: 90, GOOD: 80, FAIR: 60, POOR: 5 },
      }),
    ).toEqual({
      name: '2026年度意识形态工作考核',
      items: [
        {
          code: 'A1',
          text: '落实第一责任人职责',
          maxPoints: 40,
          method: 'DOCUMENT_CHECK',
          veto: false,
        },
        {
          code: 'A2',
          text: '阵地管理',
          maxPoints: 60,
          method: 'SITE_VISIT',
          veto: true,
          obligationRuleId: 7,
        },
      ],
      grades: [
        { grade: 'EXCELLENT', minPoints: 90 },
        { grade: 'GOOD', minPoints: 80 },
        { grade: 'FAIR', minPoints: 60 },
        { grade: 'POOR', minPoints: 0 },
      ],
    });
  });

  it('reads a saved template back into the editor', () => {
    const template = {
      name: 'T',
      items: [{ code: 'A1', text: 'x', maxPoints: 10, method: 'INTERVIEW', veto: false }],
      grades: [
        { grade: 'EXCELLENT', minPoints: 9 },
        { grade: 'POOR', minPoints: 0 },
      ],
    } as unknown as ScoringTemplate;
    expect(templateValuesOf(template)).toMatchObject({
      items: [{ code: 'A1', obligationRuleId: null }],
      bands: { EXCELLENT: 9, GOOD: 80, FAIR: 60, POOR: 0 },
    });
  });

  it('finds codes typed twice, whatever their case', () => {
    expect(duplicateCodes([{ code: 'a1' }, { code: 'A2' }, { code: 'A1 ' }, { code: '' }])).toEqual(['A1']);
  });
});

describe('planBody', () => {
  const common = {
    organizationId: 10,
    title: ' 2026年度考核 ',
    period: '2026',
    templateId: 3,
    dates: [dayjs('2026-12-01'), dayjs('2026-12-20')] as [dayjs.Dayjs, dayjs.Dayjs],
    teamPersonIds: [1, 2],
  };

  it('sends the chosen targets for an annual assessment', () => {
    expect(
      planBody({ ...common, kind: 'ANNUAL_ASSESSMENT', targetIds: [20, 21], candidateIds: [9] }),
    ).toEqual({
      organizationId: 10,
      kind: 'ANNUAL_ASSESSMENT',
      title: '2026年度考核',
      period: '2026',
      templateId: 3,
      startsOn: '2026-12-01',
      endsOn: '2026-12-20',
      teamPersonIds: [1, 2],
      targetIds: [20, 21],
    });
  });

  it('sends the draw for 随机抽查, the seed only when typed', () => {
    const body = planBody({ ...common, kind: 'RANDOM', candidateIds: [20, 21, 22], count: 2, seed: ' ' });
    expect(body.draw).toEqual({ candidateIds: [20, 21, 22], count: 2 });
    expect(body.targetIds).toBeUndefined();
    expect(
      planBody({ ...common, kind: 'RANDOM', candidateIds: [20], count: 1, seed: 'abc' }).draw?.seed,
    ).toBe('abc');
  });
});

describe('planUpdateBody of a 随机抽查', () => {
  it('sends no targets: they are those drawn', () => {
    const body = planUpdateBody(
      3,
      { title: '抽查', dates: [dayjs('2026-12-02'), dayjs('2026-12-22')], targetIds: [20] },
      'RANDOM',
    );
    expect(body).not.toHaveProperty('targetIds');
    expect(body.version).toBe(3);
  });
});

describe('planUpdateBody', () => {
  it('sends the title, dates, team and targets with the version seen', () => {
    expect(
      planUpdateBody(2, {
        title: ' 考核 ',
        dates: [dayjs('2026-12-02'), dayjs('2026-12-22')],
        targetIds: [20],
      }),
    ).toEqual({
      version: 2,
      title: '考核',
      startsOn: '2026-12-02',
      endsOn: '2026-12-22',
      teamPersonIds: [],
      targetIds: [20],
    });
  });
});

describe('scoresBody', () => {
  const items = [
    { code: 'A1', text: 'x', method: 'DOCUMENT_CHECK', maxPoints: 40, veto: false, points: 38 },
    { code: 'A2', text: 'y', method: 'SITE_VISIT', maxPoints: 10, veto: true },
  ] satisfies ScoreLine[];

  it('starts a veto item as passed, the others without', () => {
    expect(scoreValuesOf(items).items.map((item) => item.passed)).toEqual([null, true]);
  });

  it('sends items with points, passed on veto items only, notes when written', () => {
    expect(
      scoresBody(
        4,
        {
          items: [
            { code: 'A1', points: 38, passed: false, note: ' 台账齐全 ' },
            { code: 'A2', points: 0, passed: false, note: '' },
            { code: 'A3', points: null, note: 'x' },
          ],
        },
        ['A2'],
      ),
    ).toEqual({
      version: 4,
      items: [
        { code: 'A1', points: 38, note: '台账齐全' },
        { code: 'A2', points: 0, passed: false },
      ],
    });
  });
});

describe('findingBody and rectificationBody', () => {
  it('keeps the inspection and item only for a finding from an inspection', () => {
    const values = {
      targetOrganizationId: 20,
      raisingOrganizationId: 10,
      inspectionId: 5,
      itemCode: 'A1',
      description: ' 台账不全 ',
      severity: 'MEDIUM' as const,
    };
    expect(findingBody({ ...values, source: 'INSPECTION' })).toMatchObject({
      inspectionId: 5,
      itemCode: 'A1',
    });
    expect(findingBody({ ...values, source: 'DIRECT' })).toEqual({
      targetOrganizationId: 20,
      raisingOrganizationId: 10,
      source: 'DIRECT',
      description: '台账不全',
      severity: 'MEDIUM',
    });
  });

  it('sends a deadline, or 长期坚持 with sorted check dates and no deadline', () => {
    const base = { measures: ' 补齐台账 ', responsibleRole: 'FIRST_RESPONSIBLE' as const };
    expect(rectificationBody(7, { ...base, deadline: dayjs('2026-12-13') })).toEqual({
      findingId: 7,
      measures: '补齐台账',
      responsibleRole: 'FIRST_RESPONSIBLE',
      deadline: '2026-12-13',
    });
    expect(
      rectificationBody(7, {
        ...base,
        longTerm: true,
        deadline: dayjs('2026-12-13'),
        checkDates: [dayjs('2027-06-30'), dayjs('2026-12-31'), dayjs('2027-06-30')],
      }),
    ).toEqual({
      findingId: 7,
      measures: '补齐台账',
      responsibleRole: 'FIRST_RESPONSIBLE',
      longTerm: true,
      checkDates: ['2026-12-31', '2027-06-30'],
    });
  });
});
