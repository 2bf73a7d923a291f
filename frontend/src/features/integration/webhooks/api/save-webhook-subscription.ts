import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys } from './keys';
import type { CreateWebhookSubscription, UpdateWebhookSubscription, WebhookSubscription } from './types';

/** The answer holds the secret, the only time the server shows it. */
export async function createWebhookSubscription(
  body: CreateWebhookSubscription,
): Promise<WebhookSubscription> {
  return (await unwrap(api.POST('/api/v1/webhook-subscriptions', { body }))) as WebhookSubscription;
}

export function updateWebhookSubscription(
  id: number,
  body: UpdateWebhookSubscription,
): Promise<WebhookSubscription> {
  return unwrap(
    api.PATCH('/api/v1/webhook-subscriptions/{id}', { params: { path: { id: String(id) } }, body }),
  );
}

export async function deleteWebhookSubscription(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/v1/webhook-subscriptions/{id}', { params: { path: { id: String(id) } } }));
}

/** A new secret (shown once); the previous one keeps signing until previousSecretValidUntil. */
export function rotateWebhookSecret(id: number, version: number): Promise<WebhookSubscription> {
  return unwrap(
    api.POST('/api/v1/webhook-subscriptions/{id}/rotate-secret', {
      params: { path: { id: String(id) } },
      body: { version },
    }),
  );
}

function useSaved() {
  const queryClient = useQueryClient();
  return (saved: WebhookSubscription) => {
    // the cached copy never keeps the secret
    queryClient.setQueryData(webhookKeys.detail(saved.id), { ...saved, secret: undefined });
    return queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
  };
}

export function useCreateWebhookSubscription() {
  const saved = useSaved();
  return useMutation({ mutationFn: createWebhookSubscription, onSuccess: saved });
}

export function useUpdateWebhookSubscription() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateWebhookSubscription }) =>
      updateWebhookSubscription(id, body),
    onSuccess: saved,
  });
}

export function useRotateWebhookSecret() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => rotateWebhookSecret(id, version),
    onSuccess: saved,
  });
}

export function useDeleteWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhookSubscription,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: webhookKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
    },
  });
}
