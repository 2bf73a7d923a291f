import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { findingApi, rectificationApi } from './client';
import { inspectionKeys, validId } from './keys';
import type {
  CreateFinding,
  CreateRectification,
  FindingListParams,
  LedgerParams,
  Rectification,
} from './types';

export function useFindings(params: FindingListParams) {
  return useQuery({
    queryKey: inspectionKeys.findingList(params),
    queryFn: () => findingApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useCreateFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFinding) => findingApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.findings }),
  });
}

export function useLedger(params: LedgerParams) {
  return useQuery({
    queryKey: inspectionKeys.ledger(params),
    queryFn: () => rectificationApi.ledger(params),
    placeholderData: keepPreviousData,
  });
}

export function useRectification(id: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.rectification(id ?? 0),
    queryFn: () => rectificationApi.get(id!),
    enabled: validId(id),
  });
}

export function useMyRectifications(enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.mine(),
    queryFn: rectificationApi.mine,
    enabled,
    staleTime: 30 * 1000,
  });
}

/** A step changes the rectification, the ledger, the findings (their link) and both sides' inboxes. */
function saved(queryClient: QueryClient, rectification?: Rectification) {
  if (rectification) queryClient.setQueryData(inspectionKeys.rectification(rectification.id), rectification);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: inspectionKeys.rectifications }),
    queryClient.invalidateQueries({ queryKey: inspectionKeys.findings }),
    queryClient.invalidateQueries({ queryKey: inspectionKeys.mine() }),
  ]);
}

function useRectificationMutation<A>(call: (args: A) => Promise<Rectification>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (r) => saved(queryClient, r) });
}

export const useCreateRectification = () =>
  useRectificationMutation((body: CreateRectification) => rectificationApi.create(body));

export type RectificationStep = 'submit' | 'verify';

export const useRectificationStep = () =>
  useRectificationMutation(
    ({ rectification, step }: { rectification: Rectification; step: RectificationStep }) =>
      rectificationApi[step](rectification.id, { version: rectification.version }),
  );

export const useRejectRectification = () =>
  useRectificationMutation(({ rectification, comment }: { rectification: Rectification; comment: string }) =>
    rectificationApi.reject(rectification.id, { version: rectification.version, comment }),
  );

export const useRequestExtension = () =>
  useRectificationMutation(
    ({
      rectification,
      requestedDeadline,
      reason,
    }: {
      rectification: Rectification;
      requestedDeadline: string;
      reason: string;
    }) =>
      rectificationApi.requestExtension(rectification.id, {
        version: rectification.version,
        requestedDeadline,
        reason,
      }),
  );

export const useDecideExtension = () =>
  useRectificationMutation(
    ({
      rectification,
      extensionId,
      decision,
    }: {
      rectification: Rectification;
      extensionId: number;
      decision: 'approve' | 'refuse';
    }) =>
      rectificationApi.decideExtension(rectification.id, extensionId, decision, {
        version: rectification.version,
      }),
  );

/**
 * A progress update, then its evidence files one by one: the update answers with the rectification,
 * whose newest progress entry is the one the files belong to.
 */
export function useAddProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      rectification,
      text,
      files,
    }: {
      rectification: Rectification;
      text: string;
      files: File[];
    }) => {
      const after = await rectificationApi.progress(rectification.id, {
        version: rectification.version,
        text,
      });
      const entry = newestProgress(after);
      if (entry) for (const file of files) await rectificationApi.uploadEvidence(after.id, entry.id, file);
      return files.length > 0 ? rectificationApi.get(after.id) : after;
    },
    onSuccess: (r) => saved(queryClient, r),
  });
}

/** The progress entry added last (highest id), whatever order the server lists them in. */
export function newestProgress(rectification: Pick<Rectification, 'progress'>) {
  return rectification.progress.reduce<Rectification['progress'][number] | undefined>(
    (newest, entry) => (!newest || entry.id > newest.id ? entry : newest),
    undefined,
  );
}
