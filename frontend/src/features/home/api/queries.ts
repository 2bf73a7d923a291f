import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

type Schemas = components['schemas'];
export type PublicationSummary = Schemas['PublicationSummary'];
export type MyDuties = Schemas['MyDuties'];
export type Obligation = Schemas['Obligation'];
export type MyRectifications = Schemas['MyRectifications'];
export type Rectification = Schemas['Rectification'];
export type MyWorkReports = Schemas['MyWorkReports'];
export type WorkReport = Schemas['WorkReport'];
export type MyMajorMatters = Schemas['MyMajorMatters'];
export type MajorMatter = Schemas['MajorMatter'];
export type NotificationList = Schemas['NotificationList'];
export type VacancyList = Schemas['VacancyList'];
export type AuditVerification = Schemas['AuditVerification'];
export type AuditEventPage = Schemas['AuditEventPage'];

// The start page's own keys under `me`: whatever a page invalidates with its own keys, the start page
// reads afresh each time it is opened (staleTime 0), so it never shows yesterday's inbox.
const keys = {
  reviews: ['me', 'home', 'reviews'] as const,
  duties: ['me', 'home', 'duties'] as const,
  obligations: ['me', 'home', 'obligations'] as const,
  rectifications: ['me', 'home', 'rectifications'] as const,
  workReports: ['me', 'home', 'work-reports'] as const,
  majorMatters: ['me', 'home', 'major-matters'] as const,
  notifications: ['me', 'home', 'notifications'] as const,
  vacancies: (under: number) => ['me', 'home', 'vacancies', under] as const,
  verification: ['me', 'home', 'audit-verification'] as const,
  activity: ['me', 'home', 'audit-activity'] as const,
};

export const useReviews = (enabled: boolean) =>
  useQuery({ queryKey: keys.reviews, queryFn: () => unwrap(api.GET('/api/v1/me/reviews')), enabled });

export const useDuties = (enabled: boolean) =>
  useQuery({ queryKey: keys.duties, queryFn: () => unwrap(api.GET('/api/v1/me/duties')), enabled });

export const useObligations = (enabled: boolean) =>
  useQuery({ queryKey: keys.obligations, queryFn: () => unwrap(api.GET('/api/v1/me/obligations')), enabled });

export const useRectifications = (enabled: boolean) =>
  useQuery({
    queryKey: keys.rectifications,
    queryFn: () => unwrap(api.GET('/api/v1/me/rectifications')),
    enabled,
  });

export const useWorkReports = (enabled: boolean) =>
  useQuery({
    queryKey: keys.workReports,
    queryFn: () => unwrap(api.GET('/api/v1/me/work-reports')),
    enabled,
  });

export const useMajorMatters = (enabled: boolean) =>
  useQuery({
    queryKey: keys.majorMatters,
    queryFn: () => unwrap(api.GET('/api/v1/me/major-matters')),
    enabled,
  });

export const useNotifications = (enabled: boolean, limit: number) =>
  useQuery({
    queryKey: [...keys.notifications, limit],
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: String(limit) } } })),
    enabled,
  });

/** The vacancies under each of the organizations my scope starts at (one request each). */
export const useVacancies = (roots: number[]) =>
  useQueries({
    queries: roots.map((under) => ({
      queryKey: keys.vacancies(under),
      queryFn: () => unwrap(api.GET('/api/v1/vacancies', { params: { query: { under: String(under) } } })),
    })),
  });

/**
 * The whole chain recomputed: a few seconds at most at this scale, so it runs when the page opens and is kept
 * for five minutes; a second verification running elsewhere answers 429, which the block words as such.
 */
export const useVerification = (enabled: boolean) =>
  useQuery({
    queryKey: keys.verification,
    queryFn: () => unwrap(api.GET('/api/v1/audit-events/verify')),
    enabled,
    staleTime: 5 * 60 * 1000,
  });

export const useActivity = (enabled: boolean, limit: number) =>
  useQuery({
    queryKey: [...keys.activity, limit],
    queryFn: () => unwrap(api.GET('/api/v1/audit-events', { params: { query: { limit: String(limit) } } })),
    enabled,
  });
