import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { currentLanguage, i18n } from './i18n';
import { isApiProblem, toNamePath } from './problem';
import { fieldErrorText } from './field-codes';

type NamePath = (string | number)[];

/**
 * Shows a failed save: field errors, worded by their codes in the user's language, next to the fields
 * they name (when the form has such a field) or as one message; a problem without field errors as
 * its detail (the server writes it in the language the request asked for). `aliases` maps a server
 * field to the form field that edits it (memberships → organizationId).
 */
export function showProblem(
  error: unknown,
  message: MessageInstance,
  form?: FormInstance,
  knownFields?: (path: NamePath) => boolean,
  aliases: Record<string, string> = {},
): void {
  if (!isApiProblem(error)) {
    void message.error(i18n.t('common.error.network'));
    return;
  }
  if (error.isVersionConflict) {
    void message.error(i18n.t('common.error.versionConflict'));
    return;
  }
  const unplaced: string[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const fieldError of error.errors) {
    const text = fieldErrorText(fieldError);
    const path = toNamePath(fieldError.field);
    const alias = aliases[String(path[0])];
    const name = alias ? [alias] : path;
    const placeable = !!form && name.length > 0 && (knownFields ? knownFields(name) : true);
    if (!placeable) {
      // in a form, say which field; without one the field's API name means nothing to the user
      unplaced.push(form && fieldError.field ? `${fieldError.field}: ${text}` : text);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byField.set(key, entry);
  }
  if (form && byField.size > 0) form.setFields([...byField.values()]);
  if (error.errors.length > 0) {
    // the field errors, worded by their codes, are the whole story (the detail repeats them in the server's words)
    // full-width punctuation only between Chinese sentences
    if (unplaced.length > 0) void message.error(unplaced.join(currentLanguage() === 'en' ? '; ' : '；'));
    return;
  }
  const summary =
    error.status === 403 && !error.detail
      ? i18n.t('common.error.forbiddenDetail')
      : (error.detail ?? error.title ?? i18n.t('common.error.generic'));
  void message.error(summary);
}

/** A predicate for showProblem: the field exists when its first segment is one of these names. */
export function fieldsNamed(...names: string[]): (path: NamePath) => boolean {
  return (path) => names.includes(String(path[0]));
}
