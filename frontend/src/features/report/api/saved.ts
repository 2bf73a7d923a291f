// Where the reports show, for the writes of lib/saved.ts: their detail queries, the lists and the inboxes.
import type { RecordFamily } from '@/lib/saved';
import { reportKeys } from './keys';

export const WORK_REPORTS: RecordFamily = {
  detail: reportKeys.workDetail,
  shownIn: [reportKeys.work, reportKeys.myWork()],
};

export const MAJOR_MATTERS: RecordFamily = {
  detail: reportKeys.matterDetail,
  shownIn: [reportKeys.matters, reportKeys.myMatters()],
};
