import { i18n } from './i18n';

/**
 * The backend words its field messages in English. The common ones are shown in the
 * user's language (keys under common.serverMessage); any other passes through as it is.
 */
const PATTERNS: [RegExp, string][] = [
  [/^must not be (blank|null|empty)$/, 'required'],
  [/^(this value )?is already used by another \w+$/, 'taken'],
  [/^must be 1–64 letters, digits/, 'code'],
  [/^must be an e-mail address/, 'email'],
  [/^must be a phone number/, 'phone'],
  [/^must be a login name/, 'username'],
  [/^exactly one membership must be primary/, 'onePrimary'],
  [/^must name at least one organization where you are STAFF/, 'staffMembership'],
  [/cannot be moved under itself or its own descendant/, 'moveUnderItself'],
  [/^(organization|person) (\d+) is listed twice$/, 'listedTwice'],
  [/^(organization|person) (\d+) does not exist or is outside your scope$/, 'unknownReference'],
  [/^size must be between (\d+) and (\d+)$/, 'size'],
  [/^must be at most (\d+) characters$/, 'maxLength'],
  [/^is not a known field$/, 'unknownField'],
  [/^has the wrong type( or format)?$/, 'wrongType'],
  [/^Organization \d+ still has (\d+) active child organizations/, 'activeChildren'],
  [/^Organization \d+ is already dissolved$/, 'alreadyDissolved'],
];

export function translateServerMessage(message: string): string {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) {
      return i18n.t(`common.serverMessage.${key}`, { 1: match[1], 2: match[2], defaultValue: message });
    }
  }
  return message;
}
