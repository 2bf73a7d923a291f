import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { i18n } from '@/lib/i18n';
import { showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';
import { withNote } from '@/lib/punctuation';

/** The report API's own problem types, said in the user's words (the 403 would read "no permission"). */
const PROBLEM_TEXTS: Record<string, string> = {
  'not-first-responsible': 'report.editor.notFirstResponsible',
  'report-not-signed': 'report.editor.notSigned',
  'report-exists': 'report.create.exists',
};

/** The key of a report problem's text, or undefined for problems shown the usual way. */
export function reportProblemKey(error: unknown): string | undefined {
  if (!isApiProblem(error)) return undefined;
  const type = Object.keys(PROBLEM_TEXTS).find(
    (name) => error.type === name || error.type.endsWith(`/${name}`),
  );
  return type && PROBLEM_TEXTS[type];
}

export function showReportProblem(
  error: unknown,
  message: MessageInstance,
  form?: FormInstance,
  knownFields?: (path: (string | number)[]) => boolean,
): void {
  const key = reportProblemKey(error);
  if (key) {
    const detail = isApiProblem(error) ? error.detail : null;
    void message.error(detail ? withNote(i18n.t, i18n.t(key), detail) : i18n.t(key));
    return;
  }
  showProblem(error, message, form, knownFields);
}
