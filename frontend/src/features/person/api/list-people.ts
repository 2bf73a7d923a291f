import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import type { PersonPage } from '@/lib/api-types';
import { personKeys, type PeopleListParams } from './keys';

export function listPeople(params: PeopleListParams): Promise<PersonPage> {
  return unwrap(api.GET('/api/v1/people', { params: { query: asQuery(params) } }));
}

export const peopleQuery = (params: PeopleListParams) =>
  queryOptions({ queryKey: personKeys.list(params), queryFn: () => listPeople(params) });

export function usePeople(params: PeopleListParams, enabled = true) {
  return useQuery({ ...peopleQuery(params), enabled, placeholderData: keepPreviousData });
}
