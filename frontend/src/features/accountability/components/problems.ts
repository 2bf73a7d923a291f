import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { i18n } from '@/lib/i18n';
import { showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';

/** The accountability API's own problem types, said in the user's words (field codes go through lib/field-codes). */
const PROBLEM_TEXTS: Record<string, string> = {
  'case-transition': 'accountability.problem.transition',
  'exemption-not-recorded': 'accountability.problem.exemptionNotRecorded',
};

export function accountabilityProblemKey(error: unknown): string | undefined {
  if (!isApiProblem(error)) return undefined;
  const type = Object.keys(PROBLEM_TEXTS).find(
    (name) => error.type === name || error.type.endsWith(`/${name}`),
  );
  return type && PROBLEM_TEXTS[type];
}

/**
 * A failed write: a field error (also `exemption-not-recorded` on `exempt`) next to its field, a problem type
 * of ours as its sentence, anything else as lib/form-errors shows it.
 */
export function showAccountabilityProblem(
  error: unknown,
  message: MessageInstance,
  form?: FormInstance,
  knownFields?: (path: (string | number)[]) => boolean,
): void {
  const hasFieldErrors = isApiProblem(error) && error.errors.length > 0 && !!form;
  const key = hasFieldErrors ? undefined : accountabilityProblemKey(error);
  if (key) {
    void message.error(i18n.t(key));
    return;
  }
  showProblem(error, message, form, knownFields);
}
