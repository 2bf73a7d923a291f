import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { refreshAfterWrite, useRecordMutation } from '@/lib/saved';
import { inspectionKeys, validId, type InspectionListParams } from './keys';
import { INSPECTIONS } from './saved';
import type { CreateInspection, Inspection, SaveScores, UpdateInspection } from './types';

const path = (id: number) => ({ path: { id: String(id) } });
const target = (id: number, orgId: number) => ({ path: { id: String(id), orgId: String(orgId) } });

export function useInspections(params: InspectionListParams) {
  return useQuery({
    queryKey: inspectionKeys.inspectionList(params),
    queryFn: () => unwrap(api.GET('/api/v1/inspections', { params: { query: asQuery(params) } })),
    placeholderData: keepPreviousData,
  });
}

export function useInspection(id: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.inspection(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/inspections/{id}', { params: path(id!) })),
    enabled: validId(id),
  });
}

/** One target's score sheet, with the version a save sends back. */
export function useTargetScores(id: number | undefined, orgId: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.scores(id ?? 0, orgId ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/inspections/{id}/targets/{orgId}/scores', { params: target(id!, orgId!) })),
    enabled: validId(id) && validId(orgId),
  });
}

/** The target's own record for the inspection's period, shown beside the items. */
export function useTargetRecord(id: number | undefined, orgId: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.record(id ?? 0, orgId ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/inspections/{id}/targets/{orgId}/record', { params: target(id!, orgId!) })),
    enabled: validId(id) && validId(orgId),
    staleTime: 60 * 1000,
  });
}

/** Results and ranking; a target's staff get 404 before conclusion, which the page shows as "not yet". */
export function useResults(id: number | undefined, enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.results(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/inspections/{id}/results', { params: path(id!) })),
    enabled: enabled && validId(id),
  });
}

export const useCreateInspection = () =>
  useRecordMutation(INSPECTIONS, (body: CreateInspection) =>
    unwrap(api.POST('/api/v1/inspections', { body })),
  );

export const useUpdateInspection = () =>
  useRecordMutation(INSPECTIONS, ({ id, body }: { id: number; body: UpdateInspection }) =>
    unwrap(api.PUT('/api/v1/inspections/{id}', { params: path(id), body })),
  );

/** PLANNED → IN_PROGRESS → SCORING → CONCLUDED: each step takes only the version seen. */
const STEP_PATHS = {
  start: '/api/v1/inspections/{id}/start',
  scoring: '/api/v1/inspections/{id}/scoring',
  conclude: '/api/v1/inspections/{id}/conclude',
} as const;
export type InspectionStep = keyof typeof STEP_PATHS;

export const useInspectionStep = () =>
  useRecordMutation(INSPECTIONS, ({ inspection, step }: { inspection: Inspection; step: InspectionStep }) =>
    unwrap(
      api.POST(STEP_PATHS[step], { params: path(inspection.id), body: { version: inspection.version } }),
    ),
  );

/** A sheet saved answers with the sheet (its next version); totals and ranking are read again. */
export function useSaveScores(id: number, orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveScores) =>
      unwrap(api.PUT('/api/v1/inspections/{id}/targets/{orgId}/scores', { params: target(id, orgId), body })),
    onSuccess: (sheet) => {
      queryClient.setQueryData(inspectionKeys.scores(id, orgId), sheet);
      return refreshAfterWrite(queryClient, INSPECTIONS);
    },
  });
}

/** A random draw run (or re-run with a seed): nothing is saved. */
export function useDraw() {
  return useMutation({
    mutationFn: ({ candidateIds, count, seed }: { candidateIds: number[]; count: number; seed?: string }) =>
      unwrap(
        api.GET('/api/v1/inspections/draw', {
          params: { query: asQuery({ candidateIds: candidateIds.join(','), count, seed }) },
        }),
      ),
  });
}
