// Every call of the report API, in one file: the paths are not in openapi.yaml yet, so openapi-fetch's
// typed client would refuse them. When they are, the lead swaps `send` for `api.GET/POST/PUT` + `unwrap`
// here and nothing else in the feature changes.
import { asQuery, authHeader } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { ApiProblem } from '@/lib/problem';
import type {
  CompileWorkReport,
  CreateMajorMatter,
  CreateWorkReport,
  MajorMatter,
  MajorMatterListParams,
  MatterLimits,
  MyMajorMatters,
  MyWorkReports,
  Page,
  StatusBoard,
  StatusBoardParams,
  UpdateWorkReport,
  Versioned,
  WorkReport,
  WorkReportListParams,
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

const WORK = '/api/v1/work-reports';
const MATTERS = '/api/v1/major-matters';

export const workReportApi = {
  list: (params: WorkReportListParams) => send<Page<WorkReport>>('GET', WORK, { query: params }),
  get: (id: number) => send<WorkReport>('GET', `${WORK}/${id}`),
  create: (body: CreateWorkReport) => send<WorkReport>('POST', WORK, { body }),
  update: (id: number, body: UpdateWorkReport) => send<WorkReport>('PUT', `${WORK}/${id}`, { body }),
  signOff: (id: number, body: Versioned) => send<WorkReport>('POST', `${WORK}/${id}/sign-off`, { body }),
  submit: (id: number, body: Versioned) => send<WorkReport>('POST', `${WORK}/${id}/submit`, { body }),
  acknowledge: (id: number, body: Versioned) =>
    send<WorkReport>('POST', `${WORK}/${id}/acknowledge`, { body }),
  returnReport: (id: number, body: Versioned & { comment: string }) =>
    send<WorkReport>('POST', `${WORK}/${id}/return`, { body }),
  compile: (body: CompileWorkReport) => send<WorkReport>('POST', `${WORK}/compile`, { body }),
  status: (params: StatusBoardParams) => send<StatusBoard>('GET', `${WORK}/status`, { query: params }),
  statusExportUrl: (params: StatusBoardParams) =>
    `${WORK}/status/export?${new URLSearchParams(asQuery(params)).toString()}`,
  documentUrl: (id: number) => `${WORK}/${id}/document`,
  uploadAttachment: (id: number, file: File) => sendFile<unknown>(`${WORK}/${id}/attachments`, file),
  attachmentUrl: (id: number, attachmentId: number) => `${WORK}/${id}/attachments/${attachmentId}`,
  removeAttachment: (id: number, attachmentId: number) =>
    send<unknown>('DELETE', `${WORK}/${id}/attachments/${attachmentId}`),
  mine: () => send<MyWorkReports>('GET', '/api/v1/me/work-reports'),
};

export const majorMatterApi = {
  list: (params: MajorMatterListParams) => send<Page<MajorMatter>>('GET', MATTERS, { query: params }),
  get: (id: number) => send<MajorMatter>('GET', `${MATTERS}/${id}`),
  create: (body: CreateMajorMatter) => send<MajorMatter>('POST', MATTERS, { body }),
  acknowledge: (id: number, body: Versioned) =>
    send<MajorMatter>('POST', `${MATTERS}/${id}/acknowledge`, { body }),
  followUp: (id: number, body: Versioned & { text: string }) =>
    send<MajorMatter>('POST', `${MATTERS}/${id}/follow-ups`, { body }),
  uploadFollowUpAttachment: (id: number, followUpId: number, file: File) =>
    sendFile<unknown>(`${MATTERS}/${id}/follow-ups/${followUpId}/attachments`, file),
  // Not in REPORT-API.md: the download path is assumed to mirror the upload's.
  followUpAttachmentUrl: (id: number, followUpId: number, attachmentId: number) =>
    `${MATTERS}/${id}/follow-ups/${followUpId}/attachments/${attachmentId}`,
  close: (id: number, body: Versioned & { conclusion: string }) =>
    send<MajorMatter>('POST', `${MATTERS}/${id}/close`, { body }),
  forward: (id: number, body: Versioned & { recipientOrganizationId: number; note?: string }) =>
    send<MajorMatter>('POST', `${MATTERS}/${id}/forward`, { body }),
  limits: (organizationId: number) => send<MatterLimits>('GET', `${MATTERS}/limits/${organizationId}`),
  mine: () => send<MyMajorMatters>('GET', '/api/v1/me/major-matters'),
};
