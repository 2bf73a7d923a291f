import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { fileForm, useRecordMutation } from '@/lib/saved';
import { reportKeys, validId, type MajorMatterListParams } from './keys';
import { MAJOR_MATTERS } from './saved';
import type { CreateMajorMatter, MajorMatter, MajorMatterPage } from './types';

const path = (id: number) => ({ path: { id: String(id) } });

export function listMajorMatters(params: MajorMatterListParams): Promise<MajorMatterPage> {
  return unwrap(api.GET('/api/v1/major-matters', { params: { query: asQuery(params) } }));
}

export function getMajorMatter(id: number): Promise<MajorMatter> {
  return unwrap(api.GET('/api/v1/major-matters/{id}', { params: path(id) }));
}

export function useMajorMatters(params: MajorMatterListParams) {
  return useQuery({
    queryKey: reportKeys.matterList(params),
    queryFn: () => listMajorMatters(params),
    placeholderData: keepPreviousData,
  });
}

export function useMajorMatter(id: number | undefined) {
  return useQuery({
    queryKey: reportKeys.matterDetail(id ?? 0),
    queryFn: () => getMajorMatter(id!),
    enabled: validId(id),
    // the time-left badges count down; the server's flags (ackOverdue) are read again now and then
    refetchInterval: 60 * 1000,
  });
}

export function useMyMajorMatters(enabled = true) {
  return useQuery({
    queryKey: reportKeys.myMatters(),
    queryFn: () => unwrap(api.GET('/api/v1/me/major-matters')),
    enabled,
    staleTime: 30 * 1000,
    refetchInterval: 60 * 1000,
  });
}

/** The limits the recipient set (report within, acknowledge within), for the form's deadline hint. */
export function useMatterLimits(recipientId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.limits(recipientId ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/major-matters/limits/{organizationId}', {
          params: { path: { organizationId: String(recipientId) } },
        }),
      ),
    enabled: validId(recipientId),
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}

export const useCreateMajorMatter = () =>
  useRecordMutation(MAJOR_MATTERS, (body: CreateMajorMatter) =>
    unwrap(api.POST('/api/v1/major-matters', { body })),
  );

export const useAcknowledgeMatter = () =>
  useRecordMutation(MAJOR_MATTERS, (matter: MajorMatter) =>
    unwrap(
      api.POST('/api/v1/major-matters/{id}/acknowledge', {
        params: path(matter.id),
        body: { version: matter.version },
      }),
    ),
  );

export const useCloseMatter = () =>
  useRecordMutation(MAJOR_MATTERS, ({ matter, conclusion }: { matter: MajorMatter; conclusion: string }) =>
    unwrap(
      api.POST('/api/v1/major-matters/{id}/close', {
        params: path(matter.id),
        body: { version: matter.version, conclusion },
      }),
    ),
  );

export const useForwardMatter = () =>
  useRecordMutation(
    MAJOR_MATTERS,
    ({
      matter,
      recipientOrganizationId,
      note,
    }: {
      matter: MajorMatter;
      recipientOrganizationId: number;
      note?: string;
    }) =>
      unwrap(
        api.POST('/api/v1/major-matters/{id}/forward', {
          params: path(matter.id),
          body: { version: matter.version, recipientOrganizationId, ...(note ? { note } : {}) },
        }),
      ),
  );

/**
 * A follow-up, then its files one by one: they go to the new follow-up, the one with the
 * highest id in the answer (the API answers with the whole matter).
 */
export const useAddFollowUp = () =>
  useRecordMutation(
    MAJOR_MATTERS,
    async ({ matter, text, files }: { matter: MajorMatter; text: string; files: File[] }) => {
      const updated = await unwrap(
        api.POST('/api/v1/major-matters/{id}/follow-ups', {
          params: path(matter.id),
          body: { version: matter.version, text },
        }),
      );
      const added = newestFollowUp(updated);
      if (files.length === 0 || !added) return updated;
      for (const file of files) {
        await unwrap(
          api.POST('/api/v1/major-matters/{id}/follow-ups/{followUpId}/attachments', {
            params: { path: { id: String(matter.id), followUpId: String(added.id) } },
            body: {},
            bodySerializer: () => fileForm(file),
          }),
        );
      }
      return getMajorMatter(matter.id);
    },
  );

export function newestFollowUp(matter: MajorMatter) {
  return matter.followUps.reduce<MajorMatter['followUps'][number] | undefined>(
    (newest, followUp) => (!newest || followUp.id > newest.id ? followUp : newest),
    undefined,
  );
}
