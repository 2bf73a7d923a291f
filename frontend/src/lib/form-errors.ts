import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { i18n } from './i18n';
import { isApiProblem, toNamePath } from './problem';
import { fieldErrorText } from './field-codes';

type NamePath = (string | number)[];

/**
 * Shows a failed save: field errors next to the fields they name (when the form has
 * such a field), everything else as one message with the problem's detail. `aliases`
 * maps a server field to the form field that edits it (memberships → organizationId).
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
  const unplaced: string[] = [];
  if (form && error.errors.length > 0) {
    const byField = new Map<string, { name: NamePath; errors: string[] }>();
    for (const fieldError of error.errors) {
      const path = toNamePath(fieldError.field);
      const alias = aliases[String(path[0])];
      const name = alias ? [alias] : path;
      const placeable = name.length > 0 && (knownFields ? knownFields(name) : true);
      if (!placeable) {
        const text = fieldErrorText(fieldError);
        unplaced.push(fieldError.field ? `${fieldError.field}: ${text}` : text);
        continue;
      }
      const key = JSON.stringify(name);
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(fieldErrorText(fieldError));
      byField.set(key, entry);
    }
    form.setFields([...byField.values()]);
    if (unplaced.length === 0) return;
  }
  const summary = error.isVersionConflict
    ? i18n.t('common.error.versionConflict')
    : error.status === 403
      ? i18n.t('common.error.forbiddenDetail')
      : (error.detail ?? error.title ?? i18n.t('common.error.generic'));
  void message.error([summary, ...unplaced].join('；'));
}

/** A predicate for showProblem: the field exists when its first segment is one of these names. */
export function fieldsNamed(...names: string[]): (path: NamePath) => boolean {
  return (path) => names.includes(String(path[0]));
}
