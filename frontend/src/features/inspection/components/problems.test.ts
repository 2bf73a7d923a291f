import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, i18n, initI18n } from '@/lib/i18n';
import { ApiProblem } from '@/lib/problem';
import '../locale';
import { inspectionProblemKey } from './problems';

const refused = (type: string, status = 409) =>
  ApiProblem.from(status, { type: `https://dutyledger.org/problems/${type}`, title: 'x', status });

describe('inspectionProblemKey', () => {
  beforeEach(async () => {
    initI18n('zh-CN');
    await changeLanguage('zh-CN');
  });

  it('words every problem type of inspections and rectification, in both languages', async () => {
    const types = [
      'template-frozen',
      'inspection-concluded',
      'inspection-transition',
      'not-a-scorer',
      'self-verification',
      'rectification-transition',
      'not-raising-organization',
      'not-rectification-owner',
      'rectification-exists',
      'extension-pending',
      'extension-decided',
    ];
    for (const type of types) {
      const key = inspectionProblemKey(refused(type));
      expect(key, type).toBeDefined();
      expect(i18n.exists(key!), key).toBe(true);
    }
    expect(i18n.t(inspectionProblemKey(refused('extension-pending'))!)).toBe('已有一项延期申请等待审批');
    await changeLanguage('en');
    expect(i18n.t(inspectionProblemKey(refused('not-raising-organization', 403))!)).toBe(
      'Only staff of the organization that raised the problem may do this',
    );
  });

  it('leaves other problems to the shared wording', () => {
    expect(inspectionProblemKey(refused('version-conflict'))).toBeUndefined();
    expect(inspectionProblemKey(new Error('network'))).toBeUndefined();
  });
});
