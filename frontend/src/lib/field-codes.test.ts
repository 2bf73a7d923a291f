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

  it('shows the server message for a code it does not know', () => {
    expect(fieldErrorText({ field: 'x', code: 'brand-new-rule', message: '服务器的说明' })).toBe(
      '服务器的说明',
    );
  });
});
