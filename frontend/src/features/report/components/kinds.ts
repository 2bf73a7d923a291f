import { valuesOf } from '@/lib/api-types';
import type {
  MajorMatterCategory,
  MajorMatterStatus,
  WorkReportForm,
  WorkReportKind,
  WorkReportStatus,
} from '../api/types';

// The contract's enums in the order the forms and filters offer them; tsc fails until a value added to
// openapi.yaml is listed here.
export const WORK_REPORT_KINDS = valuesOf<WorkReportKind>({
  SEMIANNUAL: true,
  ANNUAL: true,
  DUTY_REPORT: true,
});

export const WORK_REPORT_FORMS = valuesOf<WorkReportForm>({ WRITTEN: true, IN_PERSON: true });

export const WORK_REPORT_STATUSES = valuesOf<WorkReportStatus>({
  DRAFT: true,
  SIGNED_OFF: true,
  SUBMITTED: true,
  ACKNOWLEDGED: true,
  RETURNED: true,
});

export const MAJOR_MATTER_CATEGORIES = valuesOf<MajorMatterCategory>({
  HARMFUL_CONTENT: true,
  ACCOUNT_HIJACKED: true,
  INFORMATION_LEAK: true,
  SERIOUS_INCIDENT: true,
  OTHER: true,
});

export const MAJOR_MATTER_STATUSES = valuesOf<MajorMatterStatus>({
  REPORTED: true,
  ACKNOWLEDGED: true,
  HANDLING: true,
  CLOSED: true,
});
