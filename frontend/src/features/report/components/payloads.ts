import type { Dayjs } from 'dayjs';
import type {
  CreateMajorMatter,
  CreateWorkReport,
  MajorMatterCategory,
  UpdateWorkReport,
  WorkReport,
  WorkReportForm,
  WorkReportKind,
} from '../api/types';

/** True when the HTML shows nothing but whitespace (an empty editor still holds tags). */
export function isBlankHtml(html: string | null | undefined): boolean {
  if (!html) return true;
  const text = html
    .replace(/<(img|table)\b/gi, 'x<')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ');
  return text.trim() === '';
}

const trimmed = (value: string | null | undefined) => value?.trim() || undefined;
/** A section as sent: '' when the editor shows nothing, so a cleared section is cleared. */
const section = (html: string | null | undefined) => (isBlankHtml(html) ? '' : html!);

export interface NewWorkReportValues {
  organizationId: number;
  recipientOrganizationId?: number;
  kind: WorkReportKind;
  period: string;
  title?: string;
  form: WorkReportForm;
}

/** A new draft: the recipient and title only when given (the server defaults them). */
export function createWorkReportBody(values: NewWorkReportValues): CreateWorkReport {
  const title = trimmed(values.title);
  return {
    organizationId: values.organizationId,
    ...(values.recipientOrganizationId ? { recipientOrganizationId: values.recipientOrganizationId } : {}),
    kind: values.kind,
    period: values.period,
    ...(title ? { title } : {}),
    form: values.form,
  };
}

export interface WorkReportEditValues {
  title?: string;
  form: WorkReportForm;
  progress?: string;
  problems?: string;
  plans?: string;
  copyOrganizationIds?: number[];
}

/** The editor's save: every field, on the version the user saw. */
export function updateWorkReportBody(report: WorkReport, values: WorkReportEditValues): UpdateWorkReport {
  return {
    version: report.version,
    title: values.title?.trim() ?? '',
    form: values.form,
    progress: section(values.progress),
    problems: section(values.problems),
    plans: section(values.plans),
    copyOrganizationIds: [...new Set(values.copyOrganizationIds ?? [])],
  };
}

export interface MajorMatterValues {
  organizationId: number;
  recipientOrganizationId?: number;
  category: MajorMatterCategory;
  title: string;
  description: string;
  occurredAt: Dayjs;
  learnedAt: Dayjs;
  actionsTaken?: string;
  publicationId?: number;
  channelId?: number;
}

/** The report of a major matter: instants in ISO (UTC), optional parts only when filled. */
export function majorMatterBody(values: MajorMatterValues): CreateMajorMatter {
  const actionsTaken = trimmed(values.actionsTaken);
  return {
    organizationId: values.organizationId,
    ...(values.recipientOrganizationId ? { recipientOrganizationId: values.recipientOrganizationId } : {}),
    category: values.category,
    title: values.title.trim(),
    description: values.description.trim(),
    occurredAt: values.occurredAt.toISOString(),
    learnedAt: values.learnedAt.toISOString(),
    ...(actionsTaken ? { actionsTaken } : {}),
    ...(values.publicationId ? { publicationId: values.publicationId } : {}),
    ...(values.channelId ? { channelId: values.channelId } : {}),
  };
}
