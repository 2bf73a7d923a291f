import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { i18n } from '@/lib/i18n';
import { showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';

/** The inspection API's own problem types, said in the user's words. */
const PROBLEM_TEXTS: Record<string, string> = {
  'template-frozen': 'inspection.problem.templateFrozen',
  'inspection-concluded': 'inspection.problem.concluded',
  'inspection-transition': 'inspection.problem.transition',
  'not-a-scorer': 'inspection.problem.notAScorer',
  'self-verification': 'inspection.problem.selfVerification',
  'rectification-transition': 'inspection.problem.rectificationTransition',
  'not-raising-organization': 'inspection.problem.notRaisingOrganization',
  'not-rectification-owner': 'inspection.problem.notRectificationOwner',
  'rectification-exists': 'inspection.problem.rectificationExists',
  'extension-pending': 'inspection.problem.extensionPending',
  'extension-decided': 'inspection.problem.extensionDecided',
};

export function inspectionProblemKey(error: unknown): string | undefined {
  if (!isApiProblem(error)) return undefined;
  const type = Object.keys(PROBLEM_TEXTS).find(
    (name) => error.type === name || error.type.endsWith(`/${name}`),
  );
  return type && PROBLEM_TEXTS[type];
}

export function showInspectionProblem(
  error: unknown,
  message: MessageInstance,
  form?: FormInstance,
  knownFields?: (path: (string | number)[]) => boolean,
): void {
  const key = inspectionProblemKey(error);
  if (key) {
    void message.error(i18n.t(key));
    return;
  }
  showProblem(error, message, form, knownFields);
}
