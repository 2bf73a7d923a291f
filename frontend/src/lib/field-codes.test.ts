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

  it('words the inspection and rectification refusals, the duty role in the user language', async () => {
    const noHolder = {
      field: 'responsibleRole',
      code: 'no-holder',
      args: { organization: '柳岸社区', role: '联络员' },
      message: 'x',
    };
    const late = {
      field: 'requestedDeadline',
      code: 'not-after-due',
      args: { dueOn: '2026-12-13' },
      message: 'x',
    };
    expect(fieldErrorText(noHolder)).toBe('柳岸社区今天没有联络员，请先任命，或选择其他职责');
    expect(fieldErrorText(late)).toBe('须晚于现在的整改时限 2026-12-13');
    expect(fieldErrorText({ field: 'items[0].points', code: 'at-most-two-decimals', message: 'x' })).toBe(
      '最多保留两位小数',
    );
    await changeLanguage('en');
    expect(fieldErrorText(noHolder)).toBe('柳岸社区 has no Liaison today; assign one or choose another duty');
    expect(fieldErrorText(late)).toBe('must be after the current due day 2026-12-13');
  });

  it('shows the server message for a code it does not know', () => {
    expect(fieldErrorText({ field: 'x', code: 'brand-new-rule', message: '服务器的说明' })).toBe(
      '服务器的说明',
    );
  });
});
