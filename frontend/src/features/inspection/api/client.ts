// Every call of the inspection API, in one file: the paths are not in openapi.yaml yet, so openapi-fetch's
// typed client would refuse them. When they are, the lead swaps `send` for `api.GET/POST/PUT` + `unwrap`
// here and nothing else in the feature changes.
import { asQuery, authHeader } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { ApiProblem } from '@/lib/problem';
import type {
  Attachment,
  CreateFinding,
  CreateInspection,
  CreateRectification,
  CreateTemplate,
  DrawResult,
  Finding,
  FindingListParams,
  Inspection,
  InspectionListParams,
  LedgerParams,
  MyRectifications,
  Page,
  Rectification,
  Results,
  SaveScores,
  ScoringTemplate,
  TargetRecord,
  TargetScores,
  TemplateListParams,
  UpdateInspection,
  UpdateTemplate,
  Versioned,
} from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Reads a response: JSON when there is a body, and an ApiProblem when it failed. */
async function read<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text as the detail
  }
  if (!response.ok) throw ApiProblem.from(response.status, body);
  return body as T;
}

/** One JSON call with the bearer token and the user's language, as the shared client sends them. */
async function send<T>(method: Method, path: string, options: { query?: object; body?: unknown } = {}) {
  const url = new URL(path, window.location.origin);
  if (options.query) url.search = new URLSearchParams(asQuery(options.query)).toString();
  const headers: Record<string, string> = { ...(await authHeader()), 'Accept-Language': currentLanguage() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await globalThis.fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return read<T>(response);
}

/** Multipart upload (field `file`); a JSON body would not carry the file. */
async function sendFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const response = await globalThis.fetch(new URL(path, window.location.origin), {
    method: 'POST',
    body: form,
    headers: { ...(await authHeader()), 'Accept-Language': currentLanguage() },
  });
  return read<T>(response);
}

const query = (params: object) => new URLSearchParams(asQuery(params)).toString();

const TEMPLATES = '/api/v1/scoring-templates';
const INSPECTIONS = '/api/v1/inspections';
const FINDINGS = '/api/v1/findings';
const RECTIFICATIONS = '/api/v1/rectifications';

export const templateApi = {
  list: (params: TemplateListParams) => send<Page<ScoringTemplate>>('GET', TEMPLATES, { query: params }),
  get: (id: number) => send<ScoringTemplate>('GET', `${TEMPLATES}/${id}`),
  create: (body: CreateTemplate) => send<ScoringTemplate>('POST', TEMPLATES, { body }),
  update: (id: number, body: UpdateTemplate) => send<ScoringTemplate>('PUT', `${TEMPLATES}/${id}`, { body }),
  revise: (id: number) => send<ScoringTemplate>('POST', `${TEMPLATES}/${id}/revise`, { body: {} }),
};

/** The state steps of an inspection: each takes only the version seen. */
export type InspectionStep = 'start' | 'scoring' | 'conclude';

export const inspectionApi = {
  list: (params: InspectionListParams) => send<Page<Inspection>>('GET', INSPECTIONS, { query: params }),
  get: (id: number) => send<Inspection>('GET', `${INSPECTIONS}/${id}`),
  create: (body: CreateInspection) => send<Inspection>('POST', INSPECTIONS, { body }),
  update: (id: number, body: UpdateInspection) => send<Inspection>('PUT', `${INSPECTIONS}/${id}`, { body }),
  step: (id: number, step: InspectionStep, body: Versioned) =>
    send<Inspection>('POST', `${INSPECTIONS}/${id}/${step}`, { body }),
  draw: (params: { candidateIds: number[]; count: number; seed?: string }) =>
    send<DrawResult | number[]>('GET', `${INSPECTIONS}/draw`, {
      query: { candidateIds: params.candidateIds.join(','), count: params.count, seed: params.seed },
    }),
  scores: (id: number, orgId: number) =>
    send<TargetScores>('GET', `${INSPECTIONS}/${id}/targets/${orgId}/scores`),
  saveScores: (id: number, orgId: number, body: SaveScores) =>
    send<TargetScores>('PUT', `${INSPECTIONS}/${id}/targets/${orgId}/scores`, { body }),
  record: (id: number, orgId: number) =>
    send<TargetRecord>('GET', `${INSPECTIONS}/${id}/targets/${orgId}/record`),
  results: (id: number) => send<Results>('GET', `${INSPECTIONS}/${id}/results`),
  resultsExportUrl: (id: number) => `${INSPECTIONS}/${id}/results/export`,
};

export const findingApi = {
  list: (params: FindingListParams) => send<Page<Finding>>('GET', FINDINGS, { query: params }),
  get: (id: number) => send<Finding>('GET', `${FINDINGS}/${id}`),
  create: (body: CreateFinding) => send<Finding>('POST', FINDINGS, { body }),
};

export const rectificationApi = {
  ledger: (params: LedgerParams) => send<Page<Rectification>>('GET', RECTIFICATIONS, { query: params }),
  ledgerExportUrl: (params: LedgerParams) => `${RECTIFICATIONS}/export?${query(params)}`,
  get: (id: number) => send<Rectification>('GET', `${RECTIFICATIONS}/${id}`),
  create: (body: CreateRectification) => send<Rectification>('POST', RECTIFICATIONS, { body }),
  progress: (id: number, body: Versioned & { text: string }) =>
    send<Rectification>('POST', `${RECTIFICATIONS}/${id}/progress`, { body }),
  uploadEvidence: (id: number, progressId: number, file: File) =>
    sendFile<Attachment>(`${RECTIFICATIONS}/${id}/progress/${progressId}/attachments`, file),
  // Not in INSPECTION-API.md: the download path is assumed to mirror the upload's.
  evidenceUrl: (id: number, progressId: number, attachmentId: number) =>
    `${RECTIFICATIONS}/${id}/progress/${progressId}/attachments/${attachmentId}`,
  submit: (id: number, body: Versioned) =>
    send<Rectification>('POST', `${RECTIFICATIONS}/${id}/submit`, { body }),
  verify: (id: number, body: Versioned) =>
    send<Rectification>('POST', `${RECTIFICATIONS}/${id}/verify`, { body }),
  reject: (id: number, body: Versioned & { comment: string }) =>
    send<Rectification>('POST', `${RECTIFICATIONS}/${id}/reject`, { body }),
  requestExtension: (id: number, body: Versioned & { requestedDeadline: string; reason: string }) =>
    send<Rectification>('POST', `${RECTIFICATIONS}/${id}/extensions`, { body }),
  decideExtension: (id: number, extensionId: number, decision: 'approve' | 'refuse', body: Versioned) =>
    send<Rectification>('POST', `${RECTIFICATIONS}/${id}/extensions/${extensionId}/${decision}`, { body }),
  mine: () => send<MyRectifications>('GET', '/api/v1/me/rectifications'),
};
