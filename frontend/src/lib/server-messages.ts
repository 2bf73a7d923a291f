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
  [/^overlaps assignment (\d+) of (.+) as (\w+) \((\S+) – (\S*)\)$/, 'dutyOverlap'],
  [/^must not be before validFrom (\S+)$/, 'beforeValidFrom'],
  [/^must not be before the launch on (\S+)$/, 'beforeLaunch'],
  [/^a MEMBER_DUAL_DUTY names at least one supervised organization$/, 'scopeRequired'],
  [/^organization (\d+) is not in the subtree of (.+)$/, 'scopeOutside'],
  [/^channel (\d+) is not a channel of (.+)$/, 'notOwnChannel'],
];

export function translateServerMessage(message: string): string {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) {
      const groups = Object.fromEntries(match.slice(1).map((group, index) => [index + 1, group]));
      return i18n.t(`common.serverMessage.${key}`, { ...groups, defaultValue: message });
    }
  }
  return message;
}
