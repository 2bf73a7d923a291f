import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { MembershipInput, Person } from '@/lib/api-types';
import { personKeys } from './keys';

export function putMemberships(id: number, version: number, memberships: MembershipInput[]): Promise<Person> {
  return unwrap(
    api.PUT('/api/v1/people/{id}/memberships', {
      params: { path: { id: String(id) } },
      body: { version, memberships },
    }),
  );
}

export function usePutMemberships() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      memberships,
    }: {
      id: number;
      version: number;
      memberships: MembershipInput[];
    }) => putMemberships(id, version, memberships),
    onSuccess: (saved) => {
      queryClient.setQueryData(personKeys.detail(saved.id), saved);
      // memberships change what the user may see when they are the user's own
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      return queryClient.invalidateQueries({ queryKey: personKeys.lists() });
    },
  });
}
