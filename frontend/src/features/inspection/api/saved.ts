// After a write, as features/report/api/saved.ts does it: the answered record goes into its detail query,
// and every list, inbox and badge that shows it is read again.
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { inspectionKeys } from './keys';

/** Where one kind of record shows: its own page, and the lists and inboxes that list it. */
export interface RecordFamily {
  detail: (id: number) => QueryKey;
  shownIn: readonly QueryKey[];
}

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

/** The bell and the menu's badges (GET /me/counts lives under this key): a step changes what waits for whom. */
const WAITING: QueryKey = ['me', 'notifications'];

/** After a write: the record as answered (when the answer is the record), and everything that shows it read again. */
export function refreshAfterWrite(
  queryClient: QueryClient,
  family: RecordFamily,
  record?: { id: number },
): Promise<unknown> {
  if (record) queryClient.setQueryData(family.detail(record.id), record);
  return Promise.all(
    [...family.shownIn, WAITING].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** A write that answers with the whole record (a step, a save). */
export function useRecordMutation<A, R extends { id: number }>(
  family: RecordFamily,
  call: (args: A) => Promise<R>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (record) => refreshAfterWrite(queryClient, family, record),
  });
}

/** The multipart body of an upload (field `file`); openapi-fetch sends a FormData as it is. */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}
