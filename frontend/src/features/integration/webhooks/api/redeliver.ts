import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys } from './keys';
import type { WebhookDelivery } from './types';

/** Queues a delivery again with a fresh retry budget; the receiver sees the same webhook-id. */
export function redeliver(deliveryId: number): Promise<WebhookDelivery> {
  return unwrap(
    api.POST('/api/v1/webhook-subscriptions/deliveries/{deliveryId}/redeliver', {
      params: { path: { deliveryId: String(deliveryId) } },
    }),
  );
}

export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliver,
    onSuccess: (delivery) =>
      queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(delivery.subscriptionId) }),
  });
}
