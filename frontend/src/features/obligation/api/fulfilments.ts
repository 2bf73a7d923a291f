import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invalidateObligations } from './invalidate';
import { obligationKeys, validId, type FulfilmentListParams } from './keys';
import { postFile } from './obligation-api';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { CorrectFulfilment, Fulfilment, FulfilmentAttachment, SaveFulfilment } from './types';

/** The organization's records of a period (up to 500, more than any office records in one). */
export async function listFulfilments(params: FulfilmentListParams): Promise<Fulfilment[]> {
  const page = await unwrap(
    api.GET('/api/v1/fulfilments', { params: { query: asQuery({ ...params, size: 500 }) } }),
  );
  return page.items;
}

export function useFulfilments(params: FulfilmentListParams | undefined) {
  return useQuery({
    queryKey: obligationKeys.fulfilmentList(params ?? { organizationId: 0 }),
    queryFn: () => listFulfilments(params!),
    enabled: !!params && validId(params.organizationId),
  });
}

export function recordFulfilment(body: SaveFulfilment): Promise<Fulfilment> {
  return unwrap(api.POST('/api/v1/fulfilments', { body }));
}

export function correctFulfilment(id: number, body: CorrectFulfilment): Promise<Fulfilment> {
  return unwrap(
    api.POST('/api/v1/fulfilments/{id}/corrections', { params: { path: { id: String(id) } }, body }),
  );
}

/** Evidence goes up one file at a time, after the record exists. */
export function uploadEvidence(id: number, file: File): Promise<FulfilmentAttachment> {
  return postFile(`/api/v1/fulfilments/${id}/attachments`, file);
}

export function evidenceUrl(fulfilmentId: number, attachmentId: number): string {
  return `/api/v1/fulfilments/${fulfilmentId}/attachments/${attachmentId}`;
}

export function useRecordFulfilment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordFulfilment,
    onSuccess: () => invalidateObligations(queryClient),
  });
}

export function useCorrectFulfilment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CorrectFulfilment }) => correctFulfilment(id, body),
    onSuccess: () => invalidateObligations(queryClient),
  });
}

export function useUploadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: number; file: File }) => uploadEvidence(id, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: obligationKeys.fulfilments() }),
  });
}
