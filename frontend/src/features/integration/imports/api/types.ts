// The import API's shapes, from the generated contract (../openapi.yaml).
import type { components } from '@/lib/api-schema';

type Schemas = components['schemas'];

export type ImportJob = Schemas['ImportJob'];
export type { ImportKind } from '@/lib/api-types';
export type ImportStatus = ImportJob['status'];
export type ImportRowError = Schemas['ImportRowError'];
export type ImportErrorPage = Schemas['ImportErrorPage'];
export type ImportJobList = Schemas['ImportJobList'];
