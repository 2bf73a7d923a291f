import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { validId, webhookKeys } from './keys';
import type { WebhookSubscription } from './types';

export function getWebhookSubscription(id: number): Promise<WebhookSubscription> {
  return unwrap(api.GET('/api/v1/webhook-subscriptions/{id}', { params: { path: { id: String(id) } } }));
}

export function useWebhookSubscription(id: number | undefined) {
  return useQuery({
    queryKey: webhookKeys.detail(id ?? 0),
    queryFn: () => getWebhookSubscription(id!),
    enabled: validId(id),
  });
}
