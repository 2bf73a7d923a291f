import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { useRecordMutation } from '@/lib/saved';
import { inspectionKeys, validId, type TemplateListParams } from './keys';
import { TEMPLATES } from './saved';
import type { CreateTemplate, UpdateTemplate } from './types';

const path = (id: number) => ({ path: { id: String(id) } });

export function useTemplates(params: TemplateListParams) {
  return useQuery({
    queryKey: inspectionKeys.templateList(params),
    queryFn: () => unwrap(api.GET('/api/v1/scoring-templates', { params: { query: asQuery(params) } })),
    placeholderData: keepPreviousData,
  });
}

export function useTemplate(id: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.template(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/scoring-templates/{id}', { params: path(id!) })),
    enabled: validId(id),
  });
}

export const useCreateTemplate = () =>
  useRecordMutation(TEMPLATES, (body: CreateTemplate) =>
    unwrap(api.POST('/api/v1/scoring-templates', { body })),
  );

export const useUpdateTemplate = () =>
  useRecordMutation(TEMPLATES, ({ id, body }: { id: number; body: UpdateTemplate }) =>
    unwrap(api.PUT('/api/v1/scoring-templates/{id}', { params: path(id), body })),
  );

/** A frozen template's next revision (no body): the editor opens the copy. */
export const useReviseTemplate = () =>
  useRecordMutation(TEMPLATES, (id: number) =>
    unwrap(api.POST('/api/v1/scoring-templates/{id}/revise', { params: path(id) })),
  );
