import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Person, UpdatePerson } from '@/lib/api-types';
import { personKeys } from './keys';

export function updatePerson(id: number, body: UpdatePerson): Promise<Person> {
  return unwrap(api.PATCH('/api/v1/people/{id}', { params: { path: { id: String(id) } }, body }));
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdatePerson }) => updatePerson(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(personKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: personKeys.lists() });
    },
  });
}
