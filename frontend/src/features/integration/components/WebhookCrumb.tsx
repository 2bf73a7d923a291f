import { useWebhookSubscription } from '../api/get-webhook-subscription';

/** A subscription in the breadcrumb: the host and path it delivers to. */
export function WebhookCrumb({ id }: { id: number }) {
  const { data } = useWebhookSubscription(Number.isSafeInteger(id) ? id : undefined);
  if (!data) return <>#{id}</>;
  try {
    const url = new URL(data.url);
    return <>{url.host + url.pathname}</>;
  } catch {
    return <>{data.url}</>;
  }
}
