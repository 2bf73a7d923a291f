import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { fileForm, useRecordMutation, useSideMutation } from '@/lib/saved';
import { reportKeys, validId, type StatusBoardParams, type WorkReportListParams } from './keys';
import { WORK_REPORTS } from './saved';
import type {
  CompileWorkReport,
  CreateWorkReport,
  StatusBoard,
  UpdateWorkReport,
  WorkReport,
  WorkReportPage,
} from './types';

const path = (id: number) => ({ path: { id: String(id) } });

export function listWorkReports(params: WorkReportListParams): Promise<WorkReportPage> {
  return unwrap(api.GET('/api/v1/work-reports', { params: { query: asQuery(params) } }));
}

export function getWorkReport(id: number): Promise<WorkReport> {
  return unwrap(api.GET('/api/v1/work-reports/{id}', { params: path(id) }));
}

export function getStatusBoard(params: StatusBoardParams): Promise<StatusBoard> {
  return unwrap(api.GET('/api/v1/work-reports/status', { params: { query: asQuery(params) } }));
}

export function useWorkReports(params: WorkReportListParams) {
  return useQuery({
    queryKey: reportKeys.workList(params),
    queryFn: () => listWorkReports(params),
    placeholderData: keepPreviousData,
  });
}

export function useWorkReport(id: number | undefined) {
  return useQuery({
    queryKey: reportKeys.workDetail(id ?? 0),
    queryFn: () => getWorkReport(id!),
    enabled: validId(id),
  });
}

export function useStatusBoard(params: StatusBoardParams | undefined) {
  return useQuery({
    queryKey: reportKeys.board(params ?? { under: 0, period: '', kind: 'SEMIANNUAL' }),
    queryFn: () => getStatusBoard(params!),
    enabled: !!params && validId(params.under),
    placeholderData: keepPreviousData,
  });
}

export function useMyWorkReports(enabled = true) {
  return useQuery({
    queryKey: reportKeys.myWork(),
    queryFn: () => unwrap(api.GET('/api/v1/me/work-reports')),
    enabled,
    staleTime: 30 * 1000,
  });
}

export const useCreateWorkReport = () =>
  useRecordMutation(WORK_REPORTS, (body: CreateWorkReport) =>
    unwrap(api.POST('/api/v1/work-reports', { body })),
  );

export const useCompileWorkReport = () =>
  useRecordMutation(WORK_REPORTS, (body: CompileWorkReport) =>
    unwrap(api.POST('/api/v1/work-reports/compile', { body })),
  );

export const useUpdateWorkReport = () =>
  useRecordMutation(WORK_REPORTS, ({ id, body }: { id: number; body: UpdateWorkReport }) =>
    unwrap(api.PUT('/api/v1/work-reports/{id}', { params: path(id), body })),
  );

/** The steps that take only the version seen. */
const STEP_PATHS = {
  signOff: '/api/v1/work-reports/{id}/sign-off',
  submit: '/api/v1/work-reports/{id}/submit',
  acknowledge: '/api/v1/work-reports/{id}/acknowledge',
} as const;
export type WorkReportStep = keyof typeof STEP_PATHS;

export const useWorkReportStep = () =>
  useRecordMutation(WORK_REPORTS, ({ report, step }: { report: WorkReport; step: WorkReportStep }) =>
    unwrap(api.POST(STEP_PATHS[step], { params: path(report.id), body: { version: report.version } })),
  );

export const useReturnWorkReport = () =>
  useRecordMutation(WORK_REPORTS, ({ report, comment }: { report: WorkReport; comment: string }) =>
    unwrap(
      api.POST('/api/v1/work-reports/{id}/return', {
        params: path(report.id),
        body: { version: report.version, comment },
      }),
    ),
  );

/** Attachments answer with the attachment (or nothing), not the report: the report is read again. */
export function useWorkReportAttachment() {
  return {
    upload: useSideMutation(WORK_REPORTS, ({ id, file }: { id: number; file: File }) =>
      unwrap(
        api.POST('/api/v1/work-reports/{id}/attachments', {
          params: path(id),
          body: {},
          bodySerializer: () => fileForm(file),
        }),
      ),
    ),
    remove: useSideMutation(WORK_REPORTS, ({ id, attachmentId }: { id: number; attachmentId: number }) =>
      unwrap(
        api.DELETE('/api/v1/work-reports/{id}/attachments/{attachmentId}', {
          params: { path: { id: String(id), attachmentId: String(attachmentId) } },
        }),
      ),
    ),
  };
}
