import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema';
import { currentLanguage } from './i18n';
import { ApiProblem } from './problem';

type TokenProvider = () => Promise<string | null | undefined>;

let tokenProvider: TokenProvider = async () => undefined;

/** The auth layer registers where the current access token comes from. */
export function setTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

export async function authHeader(): Promise<Record<string, string>> {
  const token = await tokenProvider();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

const attachToken: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // The server writes problem details and field messages in this language.
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
};

export const api = createClient<paths>({
  // absolute, because a Request needs a full URL outside the browser (tests)
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  // Looked up on each call, so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(attachToken);

/** Path and query values go over the wire as the strings the contract declares. */
export function asQuery(params: object): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query[key] = String(value);
  }
  return query;
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws ApiProblem. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) {
    throw ApiProblem.from(response.status, error);
  }
  return data as T;
}

/** The RFC 5987 `filename*=UTF-8''…` of a Content-Disposition header, decoded; null without one. */
export function serverFileName(contentDisposition: string | null): string | null {
  const match = contentDisposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1].trim());
  } catch {
    return null;
  }
}

/**
 * Downloads a file from the API with the bearer token and saves it under fileName, or, with `serverName`, under the
 * name the server gives (CSV exports: in the user's language with the local date and time).
 */
export async function downloadFile(
  url: string,
  fileName: string,
  options: { serverName?: boolean } = {},
): Promise<void> {
  const response = await globalThis.fetch(new URL(url, window.location.origin), {
    headers: { ...(await authHeader()), 'Accept-Language': currentLanguage() },
  });
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text as the detail
    }
    throw ApiProblem.from(response.status, body);
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download =
    (options.serverName && serverFileName(response.headers.get('Content-Disposition'))) || fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
