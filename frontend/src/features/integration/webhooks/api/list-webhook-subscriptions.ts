import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys } from './keys';
import type { WebhookSubscription } from './types';

export function listWebhookSubscriptions(): Promise<WebhookSubscription[]> {
  return unwrap(api.GET('/api/v1/webhook-subscriptions'));
}

export function useWebhookSubscriptions() {
  return useQuery({ queryKey: webhookKeys.list(), queryFn: listWebhookSubscriptions });
}
