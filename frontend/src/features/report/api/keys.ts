import type { MajorMatterStatus, WorkReportKind, WorkReportStatus } from './types';

export interface WorkReportListParams {
  organizationId?: number;
  recipientId?: number;
  period?: string;
  kind?: WorkReportKind;
  status?: WorkReportStatus;
  page?: number;
  size?: number;
}

/** One period of one kind, for the organizations directly under `under`. */
export interface StatusBoardParams {
  under: number;
  period: string;
  kind: WorkReportKind;
}

export interface MajorMatterListParams {
  organizationId?: number;
  status?: MajorMatterStatus;
  page?: number;
  size?: number;
}

export const reportKeys = {
  work: ['work-reports'] as const,
  workList: (params: WorkReportListParams) => [...reportKeys.work, 'list', params] as const,
  workDetail: (id: number) => [...reportKeys.work, 'detail', id] as const,
  board: (params: StatusBoardParams) => [...reportKeys.work, 'status', params] as const,
  myWork: () => ['me', 'work-reports'] as const,
  matters: ['major-matters'] as const,
  matterList: (params: MajorMatterListParams) => [...reportKeys.matters, 'list', params] as const,
  matterDetail: (id: number) => [...reportKeys.matters, 'detail', id] as const,
  limits: (organizationId: number) => [...reportKeys.matters, 'limits', organizationId] as const,
  myMatters: () => ['me', 'major-matters'] as const,
};

export const validId = (id: number | undefined): id is number =>
  id !== undefined && Number.isSafeInteger(id) && id > 0;
