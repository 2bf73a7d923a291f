export { canManageWebhooks } from './event-types';
export { webhookKeys } from './api/keys';
export { useWebhookSubscription } from './api/get-webhook-subscription';
export { WebhookCrumb } from './components/WebhookCrumb';
