// After a write, the same way in every feature: the answered record goes into its detail query, and every list,
// inbox and badge that shows it is read again. A feature names its record families (its own query keys) and
// writes through these hooks.
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** Where one kind of record shows: its own page, and the lists, boards and inboxes that list it. */
export interface RecordFamily {
  detail: (id: number) => QueryKey;
  shownIn: readonly QueryKey[];
}

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

/** A write that answers with the whole record (a step, a save, a follow-up). */
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

/** A write that answers with something else (an attachment): the record is read again. */
export function useSideMutation<A, R>(family: RecordFamily, call: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => refreshAfterWrite(queryClient, family) });
}

/** The multipart body of an upload (field `file`); openapi-fetch sends a FormData as it is. */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}
