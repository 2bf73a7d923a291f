// Every call of the accountability API, in one file, through the generated client (the paths of openapi.yaml).
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { CaseListParams, Decide, EditCase, EditLine, FileCase, Versioned } from './types';

const path = (id: number) => ({ path: { id: String(id) } });
const linePath = (id: number, lineId: number) => ({ path: { id: String(id), lineId: String(lineId) } });

/** The state steps of a case that take only the version seen. */
const STEP_PATHS = {
  submit: '/api/v1/accountability-cases/{id}/submit',
  'file-upward': '/api/v1/accountability-cases/{id}/file-upward',
  close: '/api/v1/accountability-cases/{id}/close',
  recompute: '/api/v1/accountability-cases/{id}/recompute',
} as const;
export type CaseStep = keyof typeof STEP_PATHS;

export const caseApi = {
  list: (params: CaseListParams) =>
    unwrap(api.GET('/api/v1/accountability-cases', { params: { query: asQuery(params) } })),
  get: (id: number) => unwrap(api.GET('/api/v1/accountability-cases/{id}', { params: path(id) })),
  file: (body: FileCase) => unwrap(api.POST('/api/v1/accountability-cases', { body })),
  edit: (id: number, body: EditCase) =>
    unwrap(api.PUT('/api/v1/accountability-cases/{id}', { params: path(id), body })),
  step: (id: number, step: CaseStep, body: Versioned) =>
    unwrap(api.POST(STEP_PATHS[step], { params: path(id), body })),
  editLine: (id: number, lineId: number, body: EditLine) =>
    unwrap(
      api.PUT('/api/v1/accountability-cases/{id}/lines/{lineId}', { params: linePath(id, lineId), body }),
    ),
  statement: (id: number, lineId: number, text: string) =>
    unwrap(
      api.POST('/api/v1/accountability-cases/{id}/lines/{lineId}/statement', {
        params: linePath(id, lineId),
        body: { text },
      }),
    ),
  decide: (id: number, body: Decide) =>
    unwrap(api.POST('/api/v1/accountability-cases/{id}/decide', { params: path(id), body })),
  mine: () => unwrap(api.GET('/api/v1/me/accountability-lines')),
};

export const filerApi = {
  // Without organizationId: every grant the caller may see (admin, auditor: all; a filer: their own).
  list: (organizationId?: number) =>
    unwrap(api.GET('/api/v1/accountability-filers', { params: { query: asQuery({ organizationId }) } })),
  grant: (body: { organizationId: number; personId: number }) =>
    unwrap(api.POST('/api/v1/accountability-filers', { body })),
  remove: (id: number) => unwrap(api.DELETE('/api/v1/accountability-filers/{id}', { params: path(id) })),
};
