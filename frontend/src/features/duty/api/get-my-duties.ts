import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { MyDuties } from '@/lib/api-types';
import { dutyKeys } from './keys';

export function getMyDuties(): Promise<MyDuties> {
  return unwrap(api.GET('/api/v1/me/duties'));
}

export const myDutiesQuery = queryOptions({ queryKey: dutyKeys.mine(), queryFn: getMyDuties });

export function useMyDuties() {
  return useQuery(myDutiesQuery);
}
