import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { templateApi } from './client';
import { inspectionKeys, validId } from './keys';
import type { CreateTemplate, ScoringTemplate, TemplateListParams, UpdateTemplate } from './types';

export function useTemplates(params: TemplateListParams) {
  return useQuery({
    queryKey: inspectionKeys.templateList(params),
    queryFn: () => templateApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useTemplate(id: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.template(id ?? 0),
    queryFn: () => templateApi.get(id!),
    enabled: validId(id),
  });
}

function useTemplateMutation<A>(call: (args: A) => Promise<ScoringTemplate>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (template) => {
      queryClient.setQueryData(inspectionKeys.template(template.id), template);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.templates });
    },
  });
}

export const useCreateTemplate = () =>
  useTemplateMutation((body: CreateTemplate) => templateApi.create(body));
export const useUpdateTemplate = () =>
  useTemplateMutation(({ id, body }: { id: number; body: UpdateTemplate }) => templateApi.update(id, body));
export const useReviseTemplate = () => useTemplateMutation((id: number) => templateApi.revise(id));
