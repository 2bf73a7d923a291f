import { useWebhookSubscription } from '../api/get-webhook-subscription';

/** "https://oa.example.gov.cn/hooks/x" → "oa.example.gov.cn/hooks/x"; anything unparsable as it is. */
function shortUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return url.host + url.pathname;
  } catch {
    return raw;
  }
}

/** A subscription in the breadcrumb: the host and path it delivers to. */
export function WebhookCrumb({ id }: { id: number }) {
  const { data } = useWebhookSubscription(Number.isSafeInteger(id) ? id : undefined);
  return <>{data ? shortUrl(data.url) : `#${id}`}</>;
}
