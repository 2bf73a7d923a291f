import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from './i18n';
import { translateServerMessage } from './server-messages';

describe('translateServerMessage', () => {
  beforeEach(async () => {
    initI18n('zh-CN');
    await changeLanguage('zh-CN');
  });

  it('puts the common field messages into the user language', () => {
    expect(translateServerMessage('must not be blank')).toBe('不能为空');
    expect(translateServerMessage('is already used by another organization')).toBe('已被其他记录使用');
    expect(translateServerMessage('size must be between 0 and 200')).toBe('长度须在 0 到 200 之间');
  });

  it('names the duty a new period overlaps', () => {
    expect(
      translateServerMessage('overlaps assignment 12 of 李明华 as DIRECT_RESPONSIBLE (2024-01-01 – )'),
    ).toBe('与 李明华 的任职（2024-01-01 起）期间重叠');
  });

  it('passes other messages through unchanged', () => {
    expect(translateServerMessage('the moon is made of cheese')).toBe('the moon is made of cheese');
  });
});
