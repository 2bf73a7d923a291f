import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '@/lib/i18n';
import { deliveryErrorText } from './delivery-error';

describe('deliveryErrorText', () => {
  beforeEach(async () => {
    initI18n('zh-CN');
    await changeLanguage('zh-CN');
  });

  it('says a refused delivery from the refusal code in the user language', async () => {
    const unresolved = 'refused, not called: host oa.example.gov.cn could not be resolved';
    const internal =
      'refused, not called: host hooks.example.org resolves to 10.0.0.8, a loopback, private, link-local or otherwise non-public address';
    expect(deliveryErrorText(unresolved)).toBe('已拒绝，未调用：主机 oa.example.gov.cn 无法解析');
    expect(deliveryErrorText(internal)).toMatch(
      /^已拒绝，未调用：主机 hooks\.example\.org 解析为 10\.0\.0\.8/,
    );
    await changeLanguage('en');
    expect(deliveryErrorText(unresolved)).toBe(
      'refused, not called: host oa.example.gov.cn could not be resolved',
    );
  });

  it('shows a technical error as it is', () => {
    expect(deliveryErrorText('HTTP 500')).toBe('HTTP 500');
    expect(deliveryErrorText('ConnectException: Connection refused')).toBe(
      'ConnectException: Connection refused',
    );
  });
});
