import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { fileForm, refreshAfterWrite, useRecordMutation } from '@/lib/saved';
import { inspectionKeys, validId, type FindingListParams, type LedgerParams } from './keys';
import { FINDINGS, RECTIFICATIONS } from './saved';
import type { CreateFinding, CreateRectification, Rectification } from './types';

const path = (id: number) => ({ path: { id: String(id) } });

export function useFindings(params: FindingListParams) {
  return useQuery({
    queryKey: inspectionKeys.findingList(params),
    queryFn: () => unwrap(api.GET('/api/v1/findings', { params: { query: asQuery(params) } })),
    placeholderData: keepPreviousData,
  });
}

export const useCreateFinding = () =>
  useRecordMutation(FINDINGS, (body: CreateFinding) => unwrap(api.POST('/api/v1/findings', { body })));

/** The 整改台账: rectifications of the targets under an organization, filtered. */
export function useLedger(params: LedgerParams) {
  return useQuery({
    queryKey: inspectionKeys.ledger(params),
    queryFn: () => unwrap(api.GET('/api/v1/rectifications', { params: { query: asQuery(params) } })),
    placeholderData: keepPreviousData,
  });
}

export function getRectification(id: number): Promise<Rectification> {
  return unwrap(api.GET('/api/v1/rectifications/{id}', { params: path(id) }));
}

export function useRectification(id: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.rectification(id ?? 0),
    queryFn: () => getRectification(id!),
    enabled: validId(id),
  });
}

/** What waits for the caller: rectifications they own, and submitted ones they may verify. */
export function useMyRectifications(enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.mine(),
    queryFn: () => unwrap(api.GET('/api/v1/me/rectifications')),
    enabled,
    staleTime: 30 * 1000,
  });
}

export const useCreateRectification = () =>
  useRecordMutation(RECTIFICATIONS, (body: CreateRectification) =>
    unwrap(api.POST('/api/v1/rectifications', { body })),
  );

/** The steps that take only the version seen. */
const STEP_PATHS = {
  submit: '/api/v1/rectifications/{id}/submit',
  verify: '/api/v1/rectifications/{id}/verify',
} as const;
export type RectificationStep = keyof typeof STEP_PATHS;

export const useRectificationStep = () =>
  useRecordMutation(
    RECTIFICATIONS,
    ({ rectification, step }: { rectification: Rectification; step: RectificationStep }) =>
      unwrap(
        api.POST(STEP_PATHS[step], {
          params: path(rectification.id),
          body: { version: rectification.version },
        }),
      ),
  );

export const useRejectRectification = () =>
  useRecordMutation(
    RECTIFICATIONS,
    ({ rectification, comment }: { rectification: Rectification; comment: string }) =>
      unwrap(
        api.POST('/api/v1/rectifications/{id}/reject', {
          params: path(rectification.id),
          body: { version: rectification.version, comment },
        }),
      ),
  );

export const useRequestExtension = () =>
  useRecordMutation(
    RECTIFICATIONS,
    ({
      rectification,
      requestedDeadline,
      reason,
    }: {
      rectification: Rectification;
      requestedDeadline: string;
      reason: string;
    }) =>
      unwrap(
        api.POST('/api/v1/rectifications/{id}/extensions', {
          params: path(rectification.id),
          body: { version: rectification.version, requestedDeadline, reason },
        }),
      ),
  );

const DECISION_PATHS = {
  approve: '/api/v1/rectifications/{id}/extensions/{extensionId}/approve',
  refuse: '/api/v1/rectifications/{id}/extensions/{extensionId}/refuse',
} as const;

export const useDecideExtension = () =>
  useRecordMutation(
    RECTIFICATIONS,
    ({
      rectification,
      extensionId,
      decision,
    }: {
      rectification: Rectification;
      extensionId: number;
      decision: keyof typeof DECISION_PATHS;
    }) =>
      unwrap(
        api.POST(DECISION_PATHS[decision], {
          params: { path: { id: String(rectification.id), extensionId: String(extensionId) } },
          body: { version: rectification.version },
        }),
      ),
  );

function uploadEvidence(id: number, progressId: number, file: File) {
  return unwrap(
    api.POST('/api/v1/rectifications/{id}/progress/{progressId}/attachments', {
      params: { path: { id: String(id), progressId: String(progressId) } },
      body: {},
      bodySerializer: () => fileForm(file),
    }),
  );
}

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
      const after = await unwrap(
        api.POST('/api/v1/rectifications/{id}/progress', {
          params: path(rectification.id),
          body: { version: rectification.version, text },
        }),
      );
      const entry = newestProgress(after);
      if (entry) for (const file of files) await uploadEvidence(after.id, entry.id, file);
      return files.length > 0 ? getRectification(after.id) : after;
    },
    onSuccess: (r) => refreshAfterWrite(queryClient, RECTIFICATIONS, r),
  });
}

/** The progress entry added last (highest id), whatever order the server lists them in. */
export function newestProgress(rectification: Pick<Rectification, 'progress'>) {
  return rectification.progress.reduce<Rectification['progress'][number] | undefined>(
    (newest, entry) => (!newest || entry.id > newest.id ? entry : newest),
    undefined,
  );
}
