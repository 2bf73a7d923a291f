import { describe, expect, it } from 'vitest';
import { initI18n } from './i18n';
import { labelled, punctuation, withNote } from './punctuation';

describe('punctuation', () => {
  it('is full-width in Chinese', () => {
    const { t } = initI18n('zh-CN');
    expect(labelled(t, '管理范围', '城关街道')).toBe('管理范围：城关街道');
    expect(withNote(t, '日常考核', '第 1 版')).toBe('日常考核（第 1 版）');
    expect(['甲', '乙'].join(punctuation(t).listSeparator)).toBe('甲、乙');
    expect(punctuation(t).gap).toBe('\u3000');
  });

  it('is ASCII with spaces in English, never full-width', () => {
    const { t } = initI18n('en');
    expect(labelled(t, 'Scope', 'Chengguan')).toBe('Scope: Chengguan');
    expect(withNote(t, 'Routine', 'Rev. 1')).toBe('Routine (Rev. 1)');
    expect(Object.values(punctuation(t)).join('')).not.toMatch(/[：（）；、，。\u3000]/);
  });
});
