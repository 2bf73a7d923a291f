// Integration, as the backend's `integration` capability: imports, exports (the shared
// ExportMenu lives in src/components), webhooks. Pages are loaded by the route table.
export { canManageWebhooks } from './webhooks/event-types';
export { webhookKeys } from './webhooks/api/keys';
export { useWebhookSubscription } from './webhooks/api/get-webhook-subscription';
export { WebhookCrumb } from './webhooks/components/WebhookCrumb';
