import { beforeEach, describe, expect, it } from 'vitest';
import { fieldErrorText } from './field-codes';
import { changeLanguage, initI18n } from './i18n';

describe('fieldErrorText', () => {
  beforeEach(async () => {
    initI18n('zh-CN');
    await changeLanguage('zh-CN');
  });

  it('words a field error by its code and arguments in the user language', async () => {
    expect(fieldErrorText({ field: 'name', code: 'too-long', args: { max: 200 }, message: 'x' })).toBe(
      '最多 200 个字符',
    );
    expect(
      fieldErrorText({
        field: 'parentId',
        code: 'unknown-reference',
        args: { kind: 'organization', id: 12 },
        message: 'x',
      }),
    ).toBe('组织 12 不存在或不在您的管理范围内');
    await changeLanguage('en');
    expect(fieldErrorText({ field: 'name', code: 'too-long', args: { max: 200 }, message: 'x' })).toBe(
      'must be at most 200 characters',
    );
  });

  it('words the webhook host and review refusals in both languages', async () => {
    const unresolved = {
      field: 'url',
      code: 'host-not-resolved',
      args: { host: 'hooks.example.org' },
      message: 'x',
    };
    const author = { field: 'actor', code: 'author-never-reviews', args: { publicationId: 7 }, message: 'x' };
    expect(fieldErrorText(unresolved)).toBe('主机 hooks.example.org 无法解析');
    expect(fieldErrorText(author)).toBe('作者不审核自己的信息（您撰写过它的修订版本）');
    await changeLanguage('en');
    expect(fieldErrorText(unresolved)).toBe('host hooks.example.org could not be resolved');
    expect(fieldErrorText(author)).toBe(
      'the author never reviews their own item (you wrote a revision of it)',
    );
  });

  it('shows the server message for a code it does not know', () => {
    expect(fieldErrorText({ field: 'x', code: 'brand-new-rule', message: '服务器的说明' })).toBe(
      '服务器的说明',
    );
  });
});
