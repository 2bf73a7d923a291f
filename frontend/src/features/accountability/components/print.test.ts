import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '@/lib/i18n';
import '../locale';
import { accountabilityCase } from './fixtures';
import { exemptionText, printHeading, printRows, roleText, situationText } from './print';

beforeAll(async () => {
  initI18n('zh-CN');
  await i18n.changeLanguage('zh-CN');
});

describe('print data', () => {
  const c = accountabilityCase({
    status: 'DECIDED',
    decidedAt: '2026-12-10T02:00:00Z',
    decisionBasis: '区纪委常委会会议纪要（2026年第12次）',
    lines: accountabilityCase().lines.map((line, index) => ({
      ...line,
      outcome: index === 2 ? undefined : ('CRITICISM' as const),
    })),
  });

  it('heads the sheet with the filing organization, the case number and the decision day', () => {
    const heading = printHeading(c, i18n.t);
    expect(heading.organization).toBe('东湖区纪委');
    expect(heading.title).toBe('问责决定书');
    expect(heading.caseNo).toBe('案件编号：第 5 号');
    expect(heading.date).toMatch(/2026/);
  });

  it('writes one row per person: role with basis, responsibility, outcome, and the exempting record', () => {
    const rows = printRows(c, i18n.t);
    expect(rows[0]).toMatchObject({
      person: '王建国',
      role: '第一责任人（依据：东委〔2026〕3号）',
      responsibility: '主要领导责任',
      outcome: '批评教育',
      exemption: '',
    });
    expect(rows[2]).toMatchObject({ person: '陈静', role: '审核人', responsibility: '不承担', outcome: '—' });
    expect(rows[2].exemption).toMatch(/^审核时退回该稿（.+）：表述不准确，退回修改$/);
  });

  it('says the situation, OTHER with its text', () => {
    expect(situationText(c, i18n.t)).toBe('未经审核发布信息造成负面影响');
    expect(situationText({ situation: 'OTHER', situationText: '擅自转载' }, i18n.t)).toBe(
      '其他情形：擅自转载',
    );
    expect(roleText(c.lines[1], i18n.t)).toBe('直接责任人（依据：东委〔2026〕3号）');
    expect(exemptionText(c.lines[0], i18n.t)).toBe('');
  });

  it('says the OTHER situation with an ASCII colon in English', async () => {
    await i18n.changeLanguage('en');
    try {
      expect(situationText({ situation: 'OTHER', situationText: '擅自转载' }, i18n.t)).toBe(
        'Other: 擅自转载',
      );
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });
});
