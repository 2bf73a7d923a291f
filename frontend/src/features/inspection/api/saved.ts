// Where the inspection records show, for the writes of lib/saved.ts: their detail queries and the lists that
// list them.
import type { RecordFamily } from '@/lib/saved';
import { inspectionKeys } from './keys';

export const TEMPLATES: RecordFamily = {
  detail: inspectionKeys.template,
  shownIn: [inspectionKeys.templates],
};

/** A planned inspection freezes its template: the templates are read again too. */
export const INSPECTIONS: RecordFamily = {
  detail: inspectionKeys.inspection,
  shownIn: [inspectionKeys.inspections, inspectionKeys.templates],
};

export const FINDINGS: RecordFamily = {
  detail: inspectionKeys.finding,
  shownIn: [inspectionKeys.findings],
};

/** A rectification shows in the 整改台账, on its finding (the link) and in both sides' inboxes. */
export const RECTIFICATIONS: RecordFamily = {
  detail: inspectionKeys.rectification,
  shownIn: [inspectionKeys.rectifications, inspectionKeys.findings, inspectionKeys.mine()],
};
