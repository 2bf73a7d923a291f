import { fieldErrorText } from '@/lib/field-codes';
import { i18n } from '@/lib/i18n';

/**
 * The server keeps a failed delivery's error as its operator wording in English ("refused, not called: host x could
 * not be resolved"). The refusals of the URL check are said again from their codes in the user's language; anything
 * else (HTTP 500, a connection error) is technical and shown as it is.
 */
const HOST_REFUSALS: {
  pattern: RegExp;
  code: string;
  args: (match: RegExpExecArray) => Record<string, string>;
}[] = [
  { pattern: /^host (\S+) could not be resolved$/, code: 'host-not-resolved', args: (m) => ({ host: m[1] }) },
  {
    pattern: /^host (\S+) is not a valid host name$/,
    code: 'not-a-host-name',
    args: (m) => ({ host: m[1] }),
  },
  {
    pattern: /^host (\S+) resolves to (\S+), a loopback/,
    code: 'host-not-public',
    args: (m) => ({ host: m[1], address: m[2] }),
  },
  {
    pattern: /^host (\S+) is a numeric address/,
    code: 'ambiguous-ip-address',
    args: (m) => ({ host: m[1] }),
  },
];

const REFUSED = 'refused, not called: ';

export function deliveryErrorText(error: string): string {
  if (
    error === 'refused: the subscription URL is not valid' ||
    error === 'refused: the subscription URL has no host'
  ) {
    return i18n.t('integration.delivery.refusedBadUrl');
  }
  if (!error.startsWith(REFUSED)) return error;
  const reason = error.slice(REFUSED.length);
  for (const refusal of HOST_REFUSALS) {
    const match = refusal.pattern.exec(reason);
    if (match) {
      const text = fieldErrorText({
        field: 'url',
        code: refusal.code,
        args: refusal.args(match),
        message: reason,
      });
      return i18n.t('integration.delivery.refused', { reason: text });
    }
  }
  return i18n.t('integration.delivery.refused', { reason });
}
