/**
 * A channel URL is shown as a link only when it is a web address: the backend accepts nothing else now, but a
 * register kept before that rule may still hold `javascript:` or `data:` text, which is shown as plain text.
 */
export function isWebAddress(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\/[^\s/]/i.test(url.trim());
}
