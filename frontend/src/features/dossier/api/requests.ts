// The calls of the inspection package API. Typed by hand (api/types.ts) until openapi.yaml carries the paths;
// then each becomes `unwrap(api.GET('/api/v1/inspection-packages', …))` as in the other features.
import { asQuery, authHeader } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { ApiProblem } from '@/lib/problem';
import type { PackageListParams } from './keys';
import type { CreateInspectionPackage, InspectionPackage, InspectionPackagePage } from './types';

const BASE = '/api/v1/inspection-packages';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    ...(await authHeader()),
    'Accept-Language': currentLanguage(),
    Accept: 'application/json',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await globalThis.fetch(new URL(path, window.location.origin), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: the text is the detail
  }
  if (!response.ok) throw ApiProblem.from(response.status, parsed);
  return parsed as T;
}

export const listPackages = (params: PackageListParams) => {
  const query = new URLSearchParams(asQuery(params)).toString();
  return call<InspectionPackagePage>('GET', query ? `${BASE}?${query}` : BASE);
};

export const getPackage = (id: number) => call<InspectionPackage>('GET', `${BASE}/${id}`);

export const createPackage = (body: CreateInspectionPackage) => call<InspectionPackage>('POST', BASE, body);

export const cancelPackage = (id: number) => call<InspectionPackage>('POST', `${BASE}/${id}/cancel`);

/** The zip, fetched with the bearer token (downloadFile) and saved under the server's Chinese name. */
export const packageDownloadUrl = (id: number) => `${BASE}/${id}/download`;
