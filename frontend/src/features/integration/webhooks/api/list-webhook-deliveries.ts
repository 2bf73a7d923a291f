import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { validId, webhookKeys } from './keys';
import type { WebhookDelivery } from './types';

/** The delivery log of a subscription, newest first (the server keeps the latest 200). */
export function listWebhookDeliveries(id: number): Promise<WebhookDelivery[]> {
  return unwrap(
    api.GET('/api/v1/webhook-subscriptions/{id}/deliveries', { params: { path: { id: String(id) } } }),
  );
}

export function useWebhookDeliveries(id: number | undefined, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? 0),
    queryFn: () => listWebhookDeliveries(id!),
    enabled: validId(id),
    staleTime: 15 * 1000,
    refetchInterval: options.refetchInterval,
  });
}
