import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { i18n } from '@/lib/i18n';
import { showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';

/** The package API's own problem types, said in the user's words. */
const PROBLEM_TEXTS: Record<string, string> = {
  'package-not-ready': 'dossier.problem.notReady',
  'package-expired': 'dossier.problem.expired',
  'package-transition': 'dossier.problem.transition',
  'period-reversed': 'common.fieldCode.period-reversed',
  'period-too-long': 'common.fieldCode.period-too-long',
};

export function packageProblemKey(error: unknown): string | undefined {
  if (!isApiProblem(error)) return undefined;
  const type = Object.keys(PROBLEM_TEXTS).find(
    (name) => error.type === name || error.type.endsWith(`/${name}`),
  );
  return type && PROBLEM_TEXTS[type];
}

/**
 * A refused build names its field next to it (`from`/`to` through `aliases`, `parts[2]` on the parts); the package's
 * own problem types (409/410 on download and cancel) show as one message.
 */
export function showPackageProblem(
  error: unknown,
  message: MessageInstance,
  form?: FormInstance,
  knownFields?: (path: (string | number)[]) => boolean,
  aliases: Record<string, string> = {},
): void {
  const key = packageProblemKey(error);
  if (key && !(form && isApiProblem(error) && error.errors.length > 0)) {
    void message.error(i18n.t(key));
    return;
  }
  showProblem(error, message, form, knownFields, aliases);
}
