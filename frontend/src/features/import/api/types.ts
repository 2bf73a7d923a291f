// Provisional shapes from the import contract; replaced by the generated schema types once it lands.
export type ImportKind = 'organizations' | 'people' | 'memberships' | 'duty-assignments' | 'channels';
export type ImportStatus = 'VALIDATING' | 'VALID' | 'INVALID' | 'COMMITTING' | 'COMMITTED' | 'FAILED';

export interface ImportJob {
  id: number;
  kind: ImportKind;
  format: 'csv' | 'xlsx' | 'json';
  fileName?: string | null;
  encoding?: string | null;
  status: ImportStatus;
  total: number;
  processed: number;
  errorCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  createdBy?: string | null;
  createdAt: string;
  finishedAt?: string | null;
  message?: string | null;
}

export interface ImportRowError {
  row: number;
  column?: string | null;
  value?: string | null;
  code: string;
  message: string;
}

export interface ImportErrorPage {
  total: number;
  items: ImportRowError[];
}

export interface ImportJobList {
  items: ImportJob[];
}
