import { DUTY_ROLES } from './api-types';
import { i18n } from './i18n';
import type { FieldError } from './problem';

/** Arguments that are words (the kind of a missing reference, what named a file type), shown in the user's language. */
const WORD_ARGS = ['kind', 'claimedBy'];

/** A duty role argument comes as its code or as its Chinese name (no-holder): said in the user's language. */
function roleWord(value: string): string {
  const code = DUTY_ROLES.find(
    (role) => role === value || i18n.t(`duty.role.${role}`, { lng: 'zh-CN' }) === value,
  );
  return code ? i18n.t(`duty.role.${code}`) : value;
}

/**
 * A field error in the user's language, from its code and arguments (keys common.fieldCode.<code>);
 * a code without a key shows the server's message, which is already in the language the request asked for.
 */
export function fieldErrorText(error: FieldError): string {
  const key = `common.fieldCode.${error.code}`;
  if (!error.code || !i18n.exists(key)) return error.message;
  const args: Record<string, unknown> = { ...(error.args ?? {}) };
  for (const name of WORD_ARGS) {
    if (typeof args[name] === 'string') {
      args[name] = i18n.t(`common.fieldKind.${args[name]}`, { defaultValue: args[name] });
    }
  }
  if (typeof args.role === 'string') args.role = roleWord(args.role);
  return i18n.t(key, { ...args, defaultValue: error.message });
}
