import type { FindingSource, InspectionStatus, RectificationStatus } from './types';

export interface TemplateListParams {
  organizationId?: number;
  page?: number;
  size?: number;
}

export interface InspectionListParams {
  /** The inspecting organization. */
  organizationId?: number;
  status?: InspectionStatus;
  period?: string;
  page?: number;
  size?: number;
}

/** The findings' filters (GET /findings): targets under an organization, or one target, raiser or inspection. */
export interface FindingListParams {
  under?: number;
  targetOrganizationId?: number;
  raisingOrganizationId?: number;
  inspectionId?: number;
  source?: FindingSource;
  page?: number;
  size?: number;
}

/** The 整改台账's filters; the export takes the same ones without paging. */
export interface LedgerParams {
  under?: number;
  status?: RectificationStatus;
  overdue?: boolean;
  source?: FindingSource;
  page?: number;
  size?: number;
}

export const inspectionKeys = {
  templates: ['scoring-templates'] as const,
  templateList: (params: TemplateListParams) => [...inspectionKeys.templates, 'list', params] as const,
  template: (id: number) => [...inspectionKeys.templates, 'detail', id] as const,
  inspections: ['inspections'] as const,
  inspectionList: (params: InspectionListParams) => [...inspectionKeys.inspections, 'list', params] as const,
  inspection: (id: number) => [...inspectionKeys.inspections, 'detail', id] as const,
  scores: (id: number, orgId: number) => [...inspectionKeys.inspections, 'scores', id, orgId] as const,
  record: (id: number, orgId: number) => [...inspectionKeys.inspections, 'record', id, orgId] as const,
  results: (id: number) => [...inspectionKeys.inspections, 'results', id] as const,
  findings: ['findings'] as const,
  findingList: (params: FindingListParams) => [...inspectionKeys.findings, 'list', params] as const,
  finding: (id: number) => [...inspectionKeys.findings, 'detail', id] as const,
  rectifications: ['rectifications'] as const,
  ledger: (params: LedgerParams) => [...inspectionKeys.rectifications, 'list', params] as const,
  rectification: (id: number) => [...inspectionKeys.rectifications, 'detail', id] as const,
  mine: () => ['me', 'rectifications'] as const,
};

export const validId = (id: number | undefined): id is number =>
  id !== undefined && Number.isSafeInteger(id) && id > 0;
