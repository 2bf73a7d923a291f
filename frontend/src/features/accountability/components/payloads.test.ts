import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { accountabilityCase, deputyLine, reviewerLine, secretaryLine } from './fixtures';
import {
  decideDefaults,
  decidePayload,
  editLinePayload,
  fileCasePayload,
  linesWithoutOutcome,
} from './payloads';

describe('fileCasePayload', () => {
  const values = {
    filingOrganizationId: 1,
    subjectOrganizationId: 10,
    title: ' 东湖发布错误信息问责 ',
    incidentDate: dayjs('2026-12-01'),
    situation: 'UNREVIEWED_PUBLICATION' as const,
    situationText: '不该出现',
    description: ' 发布错误表述 ',
    decisionKind: 'INDIVIDUAL' as const,
    links: [
      { kind: 'PUBLICATION' as const, id: 12, label: '通知' },
      { kind: 'PUBLICATION' as const, id: 12 },
      { kind: 'FULFILMENT' as const, id: 5, decisionIndex: 0 },
    ],
  };

  it('trims, writes the day, keeps each link once without its label, and drops the text of a listed situation', () => {
    expect(fileCasePayload(values)).toEqual({
      filingOrganizationId: 1,
      subjectOrganizationId: 10,
      title: '东湖发布错误信息问责',
      incidentDate: '2026-12-01',
      situation: 'UNREVIEWED_PUBLICATION',
      description: '发布错误表述',
      decisionKind: 'INDIVIDUAL',
      links: [
        { kind: 'PUBLICATION', id: 12 },
        { kind: 'FULFILMENT', id: 5, decisionIndex: 0 },
      ],
    });
  });

  it('sends the text of OTHER', () => {
    const body = fileCasePayload({
      ...values,
      situation: 'OTHER',
      situationText: ' 擅自转载 ',
      links: undefined,
    });
    expect(body.situationText).toBe('擅自转载');
    expect(body.links).toEqual([]);
  });
});

describe('editLinePayload', () => {
  it('sends the version and the trimmed reason; an exempt line bears none', () => {
    expect(
      editLinePayload({ version: 3 }, { responsibility: 'DIRECT', exempt: false, reason: ' 分工调整 ' }),
    ).toEqual({ version: 3, responsibility: 'DIRECT', exempt: false, reason: '分工调整' });
    expect(
      editLinePayload(
        { version: 3 },
        { responsibility: 'MAIN_LEADERSHIP', exempt: true, reason: '有反对记录' },
      ),
    ).toMatchObject({ responsibility: 'NONE', exempt: true });
  });
});

describe('decidePayload', () => {
  const c = accountabilityCase({ status: 'UNDER_REVIEW', version: 4 });

  it('starts from the proposal: exempt lines bear none', () => {
    const defaults = decideDefaults(c);
    expect(defaults.lines[String(reviewerLine.id)]).toEqual({ responsibility: 'NONE', outcome: undefined });
    expect(defaults.lines[String(secretaryLine.id)].responsibility).toBe('MAIN_LEADERSHIP');
  });

  it('gives every line, with no outcome on a line that bears none', () => {
    const values = {
      ...decideDefaults(c),
      decisionBasis: ' 区纪委常委会会议纪要 ',
      lines: {
        [secretaryLine.id]: { responsibility: 'MAIN_LEADERSHIP' as const, outcome: 'CRITICISM' as const },
        [deputyLine.id]: { responsibility: 'IMPORTANT_LEADERSHIP' as const, outcome: 'REMINDER' as const },
        [reviewerLine.id]: { responsibility: 'NONE' as const, outcome: 'REMINDER' as const },
      },
    };
    expect(decidePayload(c, values)).toEqual({
      version: 4,
      decisionKind: 'INDIVIDUAL',
      decisionBasis: '区纪委常委会会议纪要',
      lines: [
        { lineId: 1, responsibility: 'MAIN_LEADERSHIP', outcome: 'CRITICISM' },
        { lineId: 2, responsibility: 'IMPORTANT_LEADERSHIP', outcome: 'REMINDER' },
        { lineId: 3, responsibility: 'NONE' },
      ],
    });
    expect(linesWithoutOutcome(c, values)).toEqual([]);
  });

  it('names the lines that still lack an outcome', () => {
    const missing = linesWithoutOutcome(c, { ...decideDefaults(c), decisionBasis: 'x' });
    expect(missing.map((l) => l.personName)).toEqual(['王建国', '李明华']);
  });
});
