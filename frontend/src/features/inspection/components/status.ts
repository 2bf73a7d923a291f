import type {
  Grade,
  Inspection,
  InspectionStatus,
  Rectification,
  RectificationStatus,
  Severity,
} from '../api/types';

export const INSPECTION_STATUS_COLORS: Record<InspectionStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'blue',
  SCORING: 'orange',
  CONCLUDED: 'green',
};

export const GRADE_COLORS: Record<Grade, string> = {
  EXCELLENT: 'green',
  GOOD: 'blue',
  FAIR: 'orange',
  POOR: 'red',
};

export const RECTIFICATION_STATUS_COLORS: Record<RectificationStatus, string> = {
  OPEN: 'default',
  IN_PROGRESS: 'blue',
  SUBMITTED: 'orange',
  VERIFIED: 'green',
  REJECTED: 'red',
  MONITORING: 'cyan',
};

export const SEVERITY_COLORS: Record<Severity, string> = { LOW: 'default', MEDIUM: 'orange', HIGH: 'red' };

export interface InspectionActions {
  edit: boolean;
  start: boolean;
  scoring: boolean;
  conclude: boolean;
  /** Scores may be entered or changed. */
  score: boolean;
}

/** PLANNED → IN_PROGRESS → SCORING → CONCLUDED, one step at a time; scores while under way; locked after. */
export function inspectionActions(
  inspection: Pick<Inspection, 'status'>,
  writes: boolean,
): InspectionActions {
  const { status } = inspection;
  return {
    edit: writes && status === 'PLANNED',
    start: writes && status === 'PLANNED',
    scoring: writes && status === 'IN_PROGRESS',
    conclude: writes && status === 'SCORING',
    score: writes && (status === 'IN_PROGRESS' || status === 'SCORING'),
  };
}

/** Which side of a rectification the user writes on: the target's (owner) or the raising organization's. */
export interface RectificationSides {
  owner: boolean;
  raising: boolean;
}

export interface RectificationActions {
  progress: boolean;
  submit: boolean;
  verify: boolean;
  reject: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
}

const WORKING: RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'REJECTED'];

/**
 * The buttons a rectification offers. The owner reports progress and submits once there is some; the raising
 * organization verifies or rejects what was submitted and decides extensions. The server still refuses
 * self-verification (the responsible person or the submitter), which a user on both sides would meet.
 */
export function rectificationActions(
  r: Pick<Rectification, 'status' | 'longTerm' | 'progress' | 'extensions'>,
  sides: RectificationSides,
): RectificationActions {
  const working = WORKING.includes(r.status);
  return {
    progress: sides.owner && working,
    submit: sides.owner && (r.status === 'IN_PROGRESS' || r.status === 'REJECTED') && r.progress.length > 0,
    verify: sides.raising && r.status === 'SUBMITTED',
    reject: sides.raising && r.status === 'SUBMITTED',
    requestExtension:
      sides.owner && working && !r.longTerm && !r.extensions.some((ext) => ext.status === 'PENDING'),
    decideExtension: sides.raising && r.extensions.some((ext) => ext.status === 'PENDING'),
  };
}
