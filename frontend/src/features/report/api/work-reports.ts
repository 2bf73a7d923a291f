import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import { workReportApi } from './client';
import { reportKeys, validId } from './keys';
import type {
  CompileWorkReport,
  CreateWorkReport,
  StatusBoardParams,
  UpdateWorkReport,
  WorkReport,
  WorkReportListParams,
} from './types';

/** A step changes the report, the lists, the board and both sides' inboxes. */
function saved(queryClient: QueryClient, report?: WorkReport) {
  if (report) queryClient.setQueryData(reportKeys.workDetail(report.id), report);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.work }),
    queryClient.invalidateQueries({ queryKey: reportKeys.myWork() }),
  ]);
}

export function useWorkReports(params: WorkReportListParams) {
  return useQuery({
    queryKey: reportKeys.workList(params),
    queryFn: () => workReportApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useWorkReport(id: number | undefined) {
  return useQuery({
    queryKey: reportKeys.workDetail(id ?? 0),
    queryFn: () => workReportApi.get(id!),
    enabled: validId(id),
  });
}

export function useStatusBoard(params: StatusBoardParams | undefined) {
  return useQuery({
    queryKey: reportKeys.board(params ?? { under: 0, period: '', kind: 'SEMIANNUAL' }),
    queryFn: () => workReportApi.status(params!),
    enabled: !!params && validId(params.under),
    placeholderData: keepPreviousData,
  });
}

export function useMyWorkReports(enabled = true) {
  return useQuery({
    queryKey: reportKeys.myWork(),
    queryFn: workReportApi.mine,
    enabled,
    staleTime: 30 * 1000,
  });
}

function useReportMutation<A>(call: (args: A) => Promise<WorkReport>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (report) => saved(queryClient, report) });
}

export const useCreateWorkReport = () =>
  useReportMutation((body: CreateWorkReport) => workReportApi.create(body));
export const useCompileWorkReport = () =>
  useReportMutation((body: CompileWorkReport) => workReportApi.compile(body));
export const useUpdateWorkReport = () =>
  useReportMutation(({ id, body }: { id: number; body: UpdateWorkReport }) => workReportApi.update(id, body));

/** The steps that take only the version seen (sign-off, submit, acknowledge). */
export type WorkReportStep = 'signOff' | 'submit' | 'acknowledge';

export const useWorkReportStep = () =>
  useReportMutation(({ report, step }: { report: WorkReport; step: WorkReportStep }) =>
    workReportApi[step](report.id, { version: report.version }),
  );

export const useReturnWorkReport = () =>
  useReportMutation(({ report, comment }: { report: WorkReport; comment: string }) =>
    workReportApi.returnReport(report.id, { version: report.version, comment }),
  );

/** Attachments answer with the attachment, not the report: the report is read again. */
export function useWorkReportAttachment() {
  const queryClient = useQueryClient();
  return {
    upload: useMutation({
      mutationFn: ({ id, file }: { id: number; file: File }) => workReportApi.uploadAttachment(id, file),
      onSuccess: () => saved(queryClient),
    }),
    remove: useMutation({
      mutationFn: ({ id, attachmentId }: { id: number; attachmentId: number }) =>
        workReportApi.removeAttachment(id, attachmentId),
      onSuccess: () => saved(queryClient),
    }),
  };
}

export function useDownloadReportFile() {
  return useMutation({
    mutationFn: ({ url, fileName }: { url: string; fileName: string }) => downloadFile(url, fileName),
  });
}
