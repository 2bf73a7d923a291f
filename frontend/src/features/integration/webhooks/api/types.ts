import type { components } from '@/lib/api-schema';

type Schemas = components['schemas'];

export type WebhookSubscription = Schemas['WebhookSubscription'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type CreateWebhookSubscription = Schemas['CreateWebhookSubscription'];
export type UpdateWebhookSubscription = Schemas['UpdateWebhookSubscription'];
export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';
