import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authHeader } from '@/lib/api-client';
import type { Publication } from '@/lib/api-types';
import { ApiProblem } from '@/lib/problem';
import { savedPublication } from './saved';

/** Multipart upload (field `file`, and the version the user saw); the answer is the item with it. */
export async function uploadAttachment(id: number, file: File, version?: number): Promise<Publication> {
  const form = new FormData();
  form.append('file', file);
  if (version !== undefined) form.append('version', String(version));
  const response = await globalThis.fetch(
    new URL(`/api/v1/publications/${id}/attachments`, window.location.origin),
    { method: 'POST', body: form, headers: await authHeader() },
  );
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text as the detail
  }
  if (!response.ok) throw ApiProblem.from(response.status, body);
  return body as Publication;
}

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, version }: { id: number; file: File; version?: number }) =>
      uploadAttachment(id, file, version),
    onSuccess: (saved) => savedPublication(queryClient, saved),
  });
}
