import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../locales/en/common.json';
import zh from '../locales/zh-CN/common.json';

/** The codes the server may send as FieldError.code: the enum in the contract (openapi.yaml, from common/FieldCode). */
function contractFieldCodes(): string[] {
  // Vitest runs in frontend/ (under jsdom import.meta.url is not a file URL)
  const yaml = readFileSync(resolve(process.cwd(), '../openapi.yaml'), 'utf8');
  const schema = yaml.slice(yaml.indexOf('\n    FieldError:'));
  const code = schema.slice(schema.indexOf('\n        code:'));
  const list = code.slice(code.indexOf('enum:') + 'enum:'.length);
  const codes: string[] = [];
  for (const line of list.split('\n').slice(1)) {
    const item = /^\s+- (\S+)$/.exec(line);
    if (!item) break;
    codes.push(item[1]);
  }
  return codes;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('the field codes of the contract', () => {
  const codes = contractFieldCodes();

  it('are read from openapi.yaml', () => {
    expect(codes.length).toBeGreaterThan(100);
    expect(codes).toContain('host-not-resolved');
    expect(codes).toContain('already-waived');
  });

  it('each have a Chinese and an English wording', () => {
    const zhCodes = zh.fieldCode as Record<string, string>;
    const enCodes = en.fieldCode as Record<string, string>;
    expect(codes.filter((c) => !zhCodes[c])).toEqual([]);
    expect(codes.filter((c) => !enCodes[c])).toEqual([]);
  });

  it('are worded in English without Chinese characters or full-width punctuation', () => {
    const enCodes = en.fieldCode as Record<string, string>;
    expect(codes.filter((c) => CJK.test(enCodes[c] ?? ''))).toEqual([]);
  });

  it('name no code the server does not send', () => {
    expect(Object.keys(zh.fieldCode).filter((c) => !codes.includes(c))).toEqual([]);
    expect(Object.keys(en.fieldCode).filter((c) => !codes.includes(c))).toEqual([]);
  });
});
