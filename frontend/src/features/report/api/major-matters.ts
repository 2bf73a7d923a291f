import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { majorMatterApi } from './client';
import { reportKeys, validId } from './keys';
import type { CreateMajorMatter, MajorMatter, MajorMatterListParams } from './types';

function saved(queryClient: QueryClient, matter?: MajorMatter) {
  if (matter) queryClient.setQueryData(reportKeys.matterDetail(matter.id), matter);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.matters }),
    queryClient.invalidateQueries({ queryKey: reportKeys.myMatters() }),
  ]);
}

export function useMajorMatters(params: MajorMatterListParams) {
  return useQuery({
    queryKey: reportKeys.matterList(params),
    queryFn: () => majorMatterApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useMajorMatter(id: number | undefined) {
  return useQuery({
    queryKey: reportKeys.matterDetail(id ?? 0),
    queryFn: () => majorMatterApi.get(id!),
    enabled: validId(id),
    // the time-left badges count down; the server's flags (ackOverdue) are read again now and then
    refetchInterval: 60 * 1000,
  });
}

export function useMyMajorMatters(enabled = true) {
  return useQuery({
    queryKey: reportKeys.myMatters(),
    queryFn: majorMatterApi.mine,
    enabled,
    staleTime: 30 * 1000,
    refetchInterval: 60 * 1000,
  });
}

/** The limits the recipient set (report within, acknowledge within), for the form's deadline hint. */
export function useMatterLimits(recipientId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.limits(recipientId ?? 0),
    queryFn: () => majorMatterApi.limits(recipientId!),
    enabled: validId(recipientId),
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}

function useMatterMutation<A>(call: (args: A) => Promise<MajorMatter>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (matter) => saved(queryClient, matter) });
}

export const useCreateMajorMatter = () =>
  useMatterMutation((body: CreateMajorMatter) => majorMatterApi.create(body));

export const useAcknowledgeMatter = () =>
  useMatterMutation((matter: MajorMatter) =>
    majorMatterApi.acknowledge(matter.id, { version: matter.version }),
  );

export const useCloseMatter = () =>
  useMatterMutation(({ matter, conclusion }: { matter: MajorMatter; conclusion: string }) =>
    majorMatterApi.close(matter.id, { version: matter.version, conclusion }),
  );

export const useForwardMatter = () =>
  useMatterMutation(
    ({
      matter,
      recipientOrganizationId,
      note,
    }: {
      matter: MajorMatter;
      recipientOrganizationId: number;
      note?: string;
    }) =>
      majorMatterApi.forward(matter.id, {
        version: matter.version,
        recipientOrganizationId,
        ...(note ? { note } : {}),
      }),
  );

/**
 * A follow-up, then its files one by one: they go to the new follow-up, the one with the
 * highest id in the answer (the API answers with the whole matter).
 */
export const useAddFollowUp = () =>
  useMatterMutation(async ({ matter, text, files }: { matter: MajorMatter; text: string; files: File[] }) => {
    const updated = await majorMatterApi.followUp(matter.id, { version: matter.version, text });
    if (files.length === 0) return updated;
    const added = newestFollowUp(updated);
    if (!added) return updated;
    for (const file of files) await majorMatterApi.uploadFollowUpAttachment(matter.id, added.id, file);
    return majorMatterApi.get(matter.id);
  });

export function newestFollowUp(matter: MajorMatter) {
  return matter.followUps.reduce<MajorMatter['followUps'][number] | undefined>(
    (newest, followUp) => (!newest || followUp.id > newest.id ? followUp : newest),
    undefined,
  );
}
