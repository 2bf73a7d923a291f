// Every call of the accountability API, in one file: the paths are not in openapi.yaml yet, so openapi-fetch's
// typed client would refuse them. When they are, the lead swaps `send` for `api.GET/POST/PUT` + `unwrap`
// here and nothing else in the feature changes.
import { asQuery, authHeader } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { ApiProblem } from '@/lib/problem';
import type {
  AccountabilityCase,
  CaseListParams,
  Decide,
  EditLine,
  FileCase,
  Filer,
  MyLine,
  Page,
  Versioned,
} from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Reads a response: JSON when there is a body, and an ApiProblem when it failed. */
async function read<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text as the detail
  }
  if (!response.ok) throw ApiProblem.from(response.status, body);
  return body as T;
}

/** One JSON call with the bearer token and the user's language, as the shared client sends them. */
async function send<T>(method: Method, path: string, options: { query?: object; body?: unknown } = {}) {
  const url = new URL(path, window.location.origin);
  if (options.query) url.search = new URLSearchParams(asQuery(options.query)).toString();
  const headers: Record<string, string> = { ...(await authHeader()), 'Accept-Language': currentLanguage() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await globalThis.fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return read<T>(response);
}

const CASES = '/api/v1/accountability-cases';
const FILERS = '/api/v1/accountability-filers';

/** The state steps of a case that take only the version seen. */
export type CaseStep = 'submit' | 'file-upward' | 'close' | 'recompute';

export const caseApi = {
  list: (params: CaseListParams) => send<Page<AccountabilityCase>>('GET', CASES, { query: params }),
  get: (id: number) => send<AccountabilityCase>('GET', `${CASES}/${id}`),
  file: (body: FileCase) => send<AccountabilityCase>('POST', CASES, { body }),
  step: (id: number, step: CaseStep, body: Versioned) =>
    send<AccountabilityCase>('POST', `${CASES}/${id}/${step}`, { body }),
  editLine: (id: number, lineId: number, body: EditLine) =>
    send<AccountabilityCase>('PUT', `${CASES}/${id}/lines/${lineId}`, { body }),
  statement: (id: number, lineId: number, text: string) =>
    send<AccountabilityCase>('POST', `${CASES}/${id}/lines/${lineId}/statement`, { body: { text } }),
  decide: (id: number, body: Decide) => send<AccountabilityCase>('POST', `${CASES}/${id}/decide`, { body }),
  mine: () => send<MyLine[]>('GET', '/api/v1/me/accountability-lines'),
};

export const filerApi = {
  // Without organizationId: every grant the caller may see (admin, auditor: all; a filer: their own).
  list: (organizationId?: number) =>
    send<Filer[] | Page<Filer>>('GET', FILERS, { query: { organizationId } }),
  grant: (body: { organizationId: number; personId: number }) => send<Filer>('POST', FILERS, { body }),
  remove: (id: number) => send<void>('DELETE', `${FILERS}/${id}`),
};
