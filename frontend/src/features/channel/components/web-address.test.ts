import { describe, expect, it } from 'vitest';
import { isWebAddress } from './web-address';

describe('isWebAddress', () => {
  it('accepts http and https addresses', () => {
    expect(isWebAddress('https://x.example.org/a')).toBe(true);
    expect(isWebAddress('HTTP://x.example.org')).toBe(true);
  });

  it('refuses scripts, data and anything without a scheme', () => {
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress(' JaVaScRiPt:alert(1)')).toBe(false);
    expect(isWebAddress('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isWebAddress('www.example.org')).toBe(false);
    expect(isWebAddress('https://')).toBe(false);
    expect(isWebAddress(null)).toBe(false);
  });
});
