export const importKeys = {
  all: ['imports'] as const,
  recent: (limit: number) => [...importKeys.all, 'recent', limit] as const,
  job: (id: number) => [...importKeys.all, 'job', id] as const,
  errors: (id: number, offset: number, limit: number) =>
    [...importKeys.all, 'errors', id, offset, limit] as const,
};
