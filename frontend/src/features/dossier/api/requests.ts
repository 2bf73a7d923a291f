// The calls of the inspection package API, on the generated client.
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { PackageListParams } from './keys';
import type { CreateInspectionPackage } from './types';

const path = (id: number) => ({ path: { id: String(id) } });

export const listPackages = (params: PackageListParams) =>
  unwrap(api.GET('/api/v1/inspection-packages', { params: { query: asQuery(params) } }));

export const createPackage = (body: CreateInspectionPackage) =>
  unwrap(api.POST('/api/v1/inspection-packages', { body }));

export const cancelPackage = (id: number) =>
  unwrap(api.POST('/api/v1/inspection-packages/{id}/cancel', { params: path(id) }));

/** The zip, fetched with the bearer token (downloadFile) and saved under the server's Chinese name. */
export const packageDownloadUrl = (id: number) => `/api/v1/inspection-packages/${id}/download`;
