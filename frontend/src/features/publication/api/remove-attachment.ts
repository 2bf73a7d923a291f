import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Publication } from '@/lib/api-types';
import { savedPublication } from './saved';

export function removeAttachment(id: number, attachmentId: number): Promise<Publication> {
  return unwrap(
    api.DELETE('/api/v1/publications/{id}/attachments/{attachmentId}', {
      params: { path: { id: String(id), attachmentId: String(attachmentId) } },
    }),
  );
}

export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, attachmentId }: { id: number; attachmentId: number }) =>
      removeAttachment(id, attachmentId),
    onSuccess: (saved) => savedPublication(queryClient, saved),
  });
}
