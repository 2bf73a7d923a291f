import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  FileDoneOutlined,
  GlobalOutlined,
  IdcardOutlined,
  ImportOutlined,
  NotificationOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import { Navigate, type Params, type RouteObject } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { canManageWebhooks, WebhookCrumb } from '@/features/integration';
import type { Access } from '@/features/me';
import { AccessGuard } from './AccessGuard';
import { ChannelCrumb, OrganizationCrumb, PersonCrumb, PublicationCrumb } from './crumbs';
import { AppLayout } from './layout/AppLayout';

// Pages load on first visit, so the first screen downloads only what it shows.
const OrganizationsPage = lazy(() => import('@/features/organization/routes/OrganizationsPage'));
const PeoplePage = lazy(() => import('@/features/person/routes/PeoplePage'));
const PersonPage = lazy(() => import('@/features/person/routes/PersonPage'));
const NewPersonPage = lazy(() =>
  import('@/features/person/routes/PersonPage').then((module) => ({ default: module.NewPersonPage })),
);
const LeadingGroupPage = lazy(() => import('@/features/leading-group/routes/LeadingGroupPage'));
const LeadingGroupPrintPage = lazy(() => import('@/features/leading-group/routes/LeadingGroupPrintPage'));
const DutyPrintPage = lazy(() => import('@/features/duty/routes/DutyPrintPage'));
const AuditPage = lazy(() => import('@/features/audit/routes/AuditPage'));
const OrganizationDutiesPage = lazy(() => import('@/features/duty/routes/OrganizationDutiesPage'));
const ResponsibilityMatrixPage = lazy(() => import('@/features/duty/routes/ResponsibilityMatrixPage'));
const MyDutiesPage = lazy(() => import('@/features/duty/routes/MyDutiesPage'));
const ChannelsPage = lazy(() => import('@/features/channel/routes/ChannelsPage'));
const ChannelPage = lazy(() => import('@/features/channel/routes/ChannelPage'));
const ImportPage = lazy(() => import('@/features/import/routes/ImportPage'));
const PublicationsPage = lazy(() => import('@/features/publication/routes/PublicationsPage'));
const PublicationPage = lazy(() => import('@/features/publication/routes/PublicationPage'));
const EditPublicationPage = lazy(() => import('@/features/publication/routes/PublicationEditorPage'));
const NewPublicationPage = lazy(() =>
  import('@/features/publication/routes/PublicationEditorPage').then((module) => ({
    default: module.NewPublicationPage,
  })),
);
const MyReviewsPage = lazy(() => import('@/features/publication/routes/MyReviewsPage'));
const StatisticsPage = lazy(() => import('@/features/publication/routes/StatisticsPage'));
const ReviewPoliciesPage = lazy(() => import('@/features/publication/routes/ReviewPoliciesPage'));
const ReviewFormPrintPage = lazy(() => import('@/features/publication/routes/ReviewFormPrintPage'));
const WebhooksPage = lazy(() => import('@/features/integration/routes/WebhooksPage'));
const WebhookPage = lazy(() => import('@/features/integration/routes/WebhookPage'));
const NotificationsPage = lazy(() => import('@/features/notification/routes/NotificationsPage'));

export interface Crumb {
  key: string;
  /** An i18n key, or a node (e.g. an organization's name). */
  title: string | ReactNode;
  to?: string;
}

export interface RouteHandle {
  crumbs: (params: Params) => Crumb[];
}

/** The side menu, by capability: each entry names its i18n key and who may see it. */
export interface MenuEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  allowed: (access: Access) => boolean;
}

export const menu: MenuEntry[] = [
  {
    path: '/organizations',
    labelKey: 'menu.organizations',
    icon: <ApartmentOutlined aria-hidden />,
    allowed: (a) => a.canBrowseOrganizations,
  },
  {
    path: '/people',
    labelKey: 'menu.people',
    icon: <TeamOutlined aria-hidden />,
    allowed: (a) => a.canBrowsePeople,
  },
  {
    path: '/responsibility-matrix',
    labelKey: 'menu.responsibilityMatrix',
    icon: <TableOutlined aria-hidden />,
    allowed: (a) => a.canReadMatrix,
  },
  {
    path: '/channels',
    labelKey: 'menu.channels',
    icon: <GlobalOutlined aria-hidden />,
    allowed: (a) => a.canBrowseChannels,
  },
  {
    path: '/imports',
    labelKey: 'menu.imports',
    icon: <ImportOutlined aria-hidden />,
    // whoever writes somewhere (STAFF of an organization) or an admin; rows are checked against scope
    allowed: (a) => a.canManagePeople,
  },
  {
    path: '/publications',
    labelKey: 'menu.publications',
    icon: <NotificationOutlined aria-hidden />,
    allowed: (a) => a.canBrowsePublications,
  },
  {
    path: '/me/reviews',
    labelKey: 'menu.myReviews',
    icon: <FileDoneOutlined aria-hidden />,
    allowed: (a) => a.canReview,
  },
  {
    path: '/publication-statistics',
    labelKey: 'menu.publicationStatistics',
    icon: <BarChartOutlined aria-hidden />,
    allowed: (a) => a.canBrowsePublications,
  },
  {
    path: '/review-policies',
    labelKey: 'menu.reviewPolicies',
    icon: <BranchesOutlined aria-hidden />,
    allowed: (a) => a.canBrowsePublications,
  },
  {
    path: '/me/duties',
    labelKey: 'menu.myDuties',
    icon: <IdcardOutlined aria-hidden />,
    allowed: (a) => a.hasOwnDuties,
  },
  {
    path: '/webhooks',
    labelKey: 'menu.integration',
    icon: <ApiOutlined aria-hidden />,
    allowed: canManageWebhooks,
  },
  {
    path: '/audit',
    labelKey: 'menu.audit',
    icon: <AuditOutlined aria-hidden />,
    allowed: (a) => a.canReadAudit,
  },
];

const allowedFor = (path: string) => menu.find((entry) => entry.path === path)!.allowed;

const organizationsCrumb: Crumb = { key: 'organizations', title: 'menu.organizations', to: '/organizations' };
const peopleCrumb: Crumb = { key: 'people', title: 'menu.people', to: '/people' };
const channelsCrumb: Crumb = { key: 'channels', title: 'menu.channels', to: '/channels' };
const publicationsCrumb: Crumb = { key: 'publications', title: 'menu.publications', to: '/publications' };
const webhooksCrumb: Crumb = { key: 'webhooks', title: 'menu.integration', to: '/webhooks' };

function publicationCrumb(params: Params): Crumb {
  const id = Number(params.id);
  return { key: `publication-${params.id}`, title: <PublicationCrumb id={id} />, to: `/publications/${id}` };
}

function organizationCrumb(params: Params): Crumb[] {
  const id = Number(params.id);
  return Number.isSafeInteger(id) && id > 0
    ? [{ key: `org-${id}`, title: <OrganizationCrumb id={id} />, to: `/organizations/${id}` }]
    : [];
}

export const routes: RouteObject[] = [
  {
    path: '/organizations/:id/leading-group/print',
    element: <LeadingGroupPrintPage />,
  },
  {
    path: '/publications/:id/review-form',
    element: <ReviewFormPrintPage />,
  },
  {
    path: '/organizations/:id/duties/print',
    element: <DutyPrintPage />,
  },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/organizations" replace /> },
      {
        path: 'organizations/:id?',
        element: (
          <AccessGuard allowed={allowedFor('/organizations')}>
            <OrganizationsPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [organizationsCrumb, ...organizationCrumb(params)],
        } satisfies RouteHandle,
      },
      {
        path: 'organizations/:id/leading-group',
        element: (
          <AccessGuard allowed={allowedFor('/organizations')}>
            <LeadingGroupPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [
            organizationsCrumb,
            ...organizationCrumb(params),
            { key: 'leading-group', title: 'menu.leadingGroup' },
          ],
        } satisfies RouteHandle,
      },
      {
        path: 'organizations/:id/duties',
        element: (
          <AccessGuard allowed={allowedFor('/organizations')}>
            <OrganizationDutiesPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [
            organizationsCrumb,
            ...organizationCrumb(params),
            { key: 'duties', title: 'menu.duties' },
          ],
        } satisfies RouteHandle,
      },
      {
        path: 'responsibility-matrix',
        element: (
          <AccessGuard allowed={allowedFor('/responsibility-matrix')}>
            <ResponsibilityMatrixPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: () => [{ key: 'matrix', title: 'menu.responsibilityMatrix' }],
        } satisfies RouteHandle,
      },
      {
        path: 'channels',
        element: (
          <AccessGuard allowed={allowedFor('/channels')}>
            <ChannelsPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [channelsCrumb] } satisfies RouteHandle,
      },
      {
        path: 'channels/:id',
        element: (
          <AccessGuard allowed={allowedFor('/channels')}>
            <ChannelPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [
            channelsCrumb,
            { key: `channel-${params.id}`, title: <ChannelCrumb id={Number(params.id)} /> },
          ],
        } satisfies RouteHandle,
      },
      {
        path: 'imports',
        element: (
          <AccessGuard allowed={allowedFor('/imports')}>
            <ImportPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [{ key: 'imports', title: 'menu.imports' }] } satisfies RouteHandle,
      },
      {
        path: 'publications',
        element: (
          <AccessGuard allowed={allowedFor('/publications')}>
            <PublicationsPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [publicationsCrumb] } satisfies RouteHandle,
      },
      {
        path: 'publications/new',
        element: (
          <AccessGuard allowed={(a) => a.canDraftPublications}>
            <NewPublicationPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: () => [publicationsCrumb, { key: 'new', title: 'menu.newPublication' }],
        } satisfies RouteHandle,
      },
      {
        path: 'publications/:id',
        element: (
          <AccessGuard allowed={allowedFor('/publications')}>
            <PublicationPage />
          </AccessGuard>
        ),
        handle: { crumbs: (params) => [publicationsCrumb, publicationCrumb(params)] } satisfies RouteHandle,
      },
      {
        path: 'publications/:id/edit',
        element: (
          <AccessGuard allowed={allowedFor('/publications')}>
            <EditPublicationPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [
            publicationsCrumb,
            publicationCrumb(params),
            { key: 'edit', title: 'menu.editPublication' },
          ],
        } satisfies RouteHandle,
      },
      {
        path: 'publication-statistics',
        element: (
          <AccessGuard allowed={allowedFor('/publication-statistics')}>
            <StatisticsPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: () => [{ key: 'publication-statistics', title: 'menu.publicationStatistics' }],
        } satisfies RouteHandle,
      },
      {
        path: 'review-policies',
        element: (
          <AccessGuard allowed={allowedFor('/review-policies')}>
            <ReviewPoliciesPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: () => [{ key: 'review-policies', title: 'menu.reviewPolicies' }],
        } satisfies RouteHandle,
      },
      {
        path: 'me/reviews',
        element: (
          <AccessGuard allowed={allowedFor('/me/reviews')}>
            <MyReviewsPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [{ key: 'my-reviews', title: 'menu.myReviews' }] } satisfies RouteHandle,
      },
      {
        path: 'me/duties',
        element: (
          <AccessGuard allowed={allowedFor('/me/duties')}>
            <MyDutiesPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [{ key: 'my-duties', title: 'menu.myDuties' }] } satisfies RouteHandle,
      },
      {
        path: 'people',
        element: (
          <AccessGuard allowed={allowedFor('/people')}>
            <PeoplePage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [peopleCrumb] } satisfies RouteHandle,
      },
      {
        path: 'people/new',
        element: (
          <AccessGuard allowed={(a) => a.canManagePeople}>
            <NewPersonPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: () => [peopleCrumb, { key: 'new', title: 'menu.newPerson' }],
        } satisfies RouteHandle,
      },
      {
        path: 'people/:id',
        element: (
          <AccessGuard allowed={allowedFor('/people')}>
            <PersonPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [
            peopleCrumb,
            { key: `person-${params.id}`, title: <PersonCrumb id={Number(params.id)} /> },
          ],
        } satisfies RouteHandle,
      },
      {
        path: 'webhooks',
        element: (
          <AccessGuard allowed={allowedFor('/webhooks')}>
            <WebhooksPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [webhooksCrumb] } satisfies RouteHandle,
      },
      {
        path: 'webhooks/:id',
        element: (
          <AccessGuard allowed={allowedFor('/webhooks')}>
            <WebhookPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: (params) => [
            webhooksCrumb,
            { key: `webhook-${params.id}`, title: <WebhookCrumb id={Number(params.id)} /> },
          ],
        } satisfies RouteHandle,
      },
      {
        path: 'me/notifications',
        element: (
          <AccessGuard allowed={(a) => a.canReview}>
            <NotificationsPage />
          </AccessGuard>
        ),
        handle: {
          crumbs: () => [{ key: 'my-notifications', title: 'menu.myNotifications' }],
        } satisfies RouteHandle,
      },
      {
        path: 'audit',
        element: (
          <AccessGuard allowed={allowedFor('/audit')}>
            <AuditPage />
          </AccessGuard>
        ),
        handle: { crumbs: () => [{ key: 'audit', title: 'menu.audit', to: '/audit' }] } satisfies RouteHandle,
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
