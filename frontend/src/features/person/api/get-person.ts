import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Person } from '@/lib/api-types';
import { personKeys } from './keys';

export function getPerson(id: number): Promise<Person> {
  return unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: String(id) } } }));
}

export const personQuery = (id: number) =>
  queryOptions({ queryKey: personKeys.detail(id), queryFn: () => getPerson(id) });

export function usePerson(id: number | undefined) {
  return useQuery({ ...personQuery(id ?? 0), enabled: id !== undefined && Number.isFinite(id) });
}
