import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inspectionApi, type InspectionStep } from './client';
import { inspectionKeys, validId } from './keys';
import type {
  CreateInspection,
  Inspection,
  InspectionListParams,
  SaveScores,
  UpdateInspection,
} from './types';

export function useInspections(params: InspectionListParams) {
  return useQuery({
    queryKey: inspectionKeys.inspectionList(params),
    queryFn: () => inspectionApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useInspection(id: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.inspection(id ?? 0),
    queryFn: () => inspectionApi.get(id!),
    enabled: validId(id),
  });
}

export function useTargetScores(id: number | undefined, orgId: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.scores(id ?? 0, orgId ?? 0),
    queryFn: () => inspectionApi.scores(id!, orgId!),
    enabled: validId(id) && validId(orgId),
  });
}

export function useTargetRecord(id: number | undefined, orgId: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.record(id ?? 0, orgId ?? 0),
    queryFn: () => inspectionApi.record(id!, orgId!),
    enabled: validId(id) && validId(orgId),
    staleTime: 60 * 1000,
  });
}

/** Results and ranking; a target's staff get 404 before conclusion, which the page shows as "not yet". */
export function useResults(id: number | undefined, enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.results(id ?? 0),
    queryFn: () => inspectionApi.results(id!),
    enabled: enabled && validId(id),
  });
}

function useInspectionMutation<A>(call: (args: A) => Promise<Inspection>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (inspection) => {
      queryClient.setQueryData(inspectionKeys.inspection(inspection.id), inspection);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: inspectionKeys.inspections }),
        // the template it uses is frozen now
        queryClient.invalidateQueries({ queryKey: inspectionKeys.templates }),
      ]);
    },
  });
}

export const useCreateInspection = () =>
  useInspectionMutation((body: CreateInspection) => inspectionApi.create(body));
export const useUpdateInspection = () =>
  useInspectionMutation(({ id, body }: { id: number; body: UpdateInspection }) =>
    inspectionApi.update(id, body),
  );
export const useInspectionStep = () =>
  useInspectionMutation(({ inspection, step }: { inspection: Inspection; step: InspectionStep }) =>
    inspectionApi.step(inspection.id, step, { version: inspection.version }),
  );

export function useSaveScores(id: number, orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveScores) => inspectionApi.saveScores(id, orgId, body),
    onSuccess: (scores) => {
      queryClient.setQueryData(inspectionKeys.scores(id, orgId), scores);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.inspections });
    },
  });
}

export function useDraw() {
  return useMutation({ mutationFn: inspectionApi.draw });
}
