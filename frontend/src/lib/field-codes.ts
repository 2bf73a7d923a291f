import { i18n } from './i18n';
import type { FieldError } from './problem';

/** Arguments that are words (the kind of a missing reference), shown in the user's language. */
const WORD_ARGS = ['kind'];

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
  return i18n.t(key, { ...args, defaultValue: error.message });
}
