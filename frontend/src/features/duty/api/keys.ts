export interface MatrixParams {
  under: number;
  at?: string;
  onlyProblems?: boolean;
}

export const dutyKeys = {
  all: ['duties'] as const,
  timeline: (organizationId: number) => [...dutyKeys.all, 'timeline', organizationId] as const,
  responsibility: (organizationId: number, at: string | undefined) =>
    [...dutyKeys.all, 'responsibility', organizationId, at ?? 'today'] as const,
  matrix: (params: MatrixParams) => [...dutyKeys.all, 'matrix', params] as const,
  mine: () => [...dutyKeys.all, 'mine'] as const,
};
