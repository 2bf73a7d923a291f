export interface MatrixParams {
  under: number;
  at?: string;
  onlyProblems?: boolean;
  /** The page of rows (the API serves the matrix a page at a time; the Excel export takes it whole). */
  offset?: number;
  limit?: number;
}

export const dutyKeys = {
  all: ['duties'] as const,
  timeline: (organizationId: number) => [...dutyKeys.all, 'timeline', organizationId] as const,
  responsibility: (organizationId: number, at: string | undefined) =>
    [...dutyKeys.all, 'responsibility', organizationId, at ?? 'today'] as const,
  matrix: (params: MatrixParams) => [...dutyKeys.all, 'matrix', params] as const,
  mine: () => [...dutyKeys.all, 'mine'] as const,
};
