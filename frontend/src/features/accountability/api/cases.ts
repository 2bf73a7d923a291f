import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { caseApi, type CaseStep } from './client';
import { accountabilityKeys, validId } from './keys';
import type { AccountabilityCase, CaseListParams, Decide, EditCase, EditLine, FileCase } from './types';

export function useCases(params: CaseListParams) {
  return useQuery({
    queryKey: accountabilityKeys.caseList(params),
    queryFn: () => caseApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: number | undefined) {
  return useQuery({
    queryKey: accountabilityKeys.case(id ?? 0),
    queryFn: () => caseApi.get(id!),
    enabled: validId(id),
  });
}

export function useMyLines(enabled = true) {
  return useQuery({
    queryKey: accountabilityKeys.mine(),
    queryFn: caseApi.mine,
    enabled,
    staleTime: 30 * 1000,
  });
}

/** The bell and the menu's badges (GET /me/counts lives under this key): a statement or a step changes what waits. */
const WAITING = ['me', 'notifications'] as const;

/** A write changes the case, the lists, the named persons' own lines and their badge. */
function saved(queryClient: QueryClient, c?: AccountabilityCase) {
  if (c) queryClient.setQueryData(accountabilityKeys.case(c.id), c);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...accountabilityKeys.cases, 'list'] }),
    queryClient.invalidateQueries({ queryKey: accountabilityKeys.mine() }),
    queryClient.invalidateQueries({ queryKey: WAITING }),
  ]);
}

function useCaseMutation<A>(call: (args: A) => Promise<AccountabilityCase>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (c) => saved(queryClient, c) });
}

export const useFileCase = () => useCaseMutation((body: FileCase) => caseApi.file(body));

/** A draft's facts and links; the server derives the proposal again. */
export const useEditCase = () =>
  useCaseMutation(({ caseId, body }: { caseId: number; body: EditCase }) => caseApi.edit(caseId, body));

export const useCaseStep = () =>
  useCaseMutation(({ c, step }: { c: AccountabilityCase; step: CaseStep }) =>
    caseApi.step(c.id, step, { version: c.version }),
  );

export const useEditLine = () =>
  useCaseMutation(({ caseId, lineId, body }: { caseId: number; lineId: number; body: EditLine }) =>
    caseApi.editLine(caseId, lineId, body),
  );

export const useAddStatement = () =>
  useCaseMutation(({ caseId, lineId, text }: { caseId: number; lineId: number; text: string }) =>
    caseApi.statement(caseId, lineId, text),
  );

export const useDecide = () =>
  useCaseMutation(({ caseId, body }: { caseId: number; body: Decide }) => caseApi.decide(caseId, body));
