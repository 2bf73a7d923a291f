import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreatePerson, Person } from '@/lib/api-types';
import { personKeys } from './keys';

export function createPerson(body: CreatePerson): Promise<Person> {
  return unwrap(api.POST('/api/v1/people', { body }));
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (saved) => {
      queryClient.setQueryData(personKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: personKeys.lists() });
    },
  });
}
