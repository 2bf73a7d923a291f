import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ContainerOutlined,
  ExceptionOutlined,
  FileSearchOutlined,
  OrderedListOutlined,
  DashboardOutlined,
  FundViewOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  ImportOutlined,
  NotificationOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { generatePath, type Params } from 'react-router';
import {
  canFileCases,
  canHaveOwnLines,
  canReadAccountability,
  canReadFilers,
  CaseCrumb,
} from '@/features/accountability';
import { canBuildPackages } from '@/features/dossier';
import { canManageWebhooks, WebhookCrumb } from '@/features/integration';
import type { Access } from '@/features/me';
import type { CountKey } from '@/features/notification';
import {
  canReadInspections,
  canWriteInspections,
  InspectionCrumb,
  RectificationCrumb,
  TemplateCrumb,
} from '@/features/inspection';
import { canReadReports, canWriteReports, MajorMatterCrumb, WorkReportCrumb } from '@/features/report';
import { ChannelCrumb, OrganizationCrumb, PersonCrumb, PublicationCrumb } from './crumbs';

/**
 * One page of the app. The router, the guards, the side menu, the crumbs and the tab titles
 * are all derived from the list below; nothing else names a page's path or who may see it.
 */
export interface AppRoute {
  /** The full path, as react-router matches it. */
  path: string;
  /** Loaded on first visit, so the first screen downloads only what it shows. */
  page: LazyExoticComponent<ComponentType>;
  /** Who may open it: a pure function of the current user (features/me/access.ts). */
  allowed: (access: Access) => boolean;
  /** i18n key of the page's name: the menu label, the crumb and the tab title. */
  title: string;
  /**
   * The side menu shows the page, in the order of this table; `group` (an i18n key) gathers neighbours under a heading;
   * `count` names the number of `GET /me/counts` shown as the entry's badge (what waits there for me).
   */
  menu?: { icon: ReactNode; group?: string; count?: CountKey };
  /** The path of the page one crumb up. */
  parent?: string;
  /** The page shows one record (`:id` in the path): its crumb is the record's name. */
  entity?: ComponentType<{ id: number }>;
  /** `print`: alone on an A4 sheet, without the app's menu and header. */
  layout?: 'app' | 'print';
}

const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);
const namedPage = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  lazy(() => load().then((module) => ({ default: pick(module) })));

const browseOrganizations = (a: Access) => a.canBrowseOrganizations;
const browsePublications = (a: Access) => a.canBrowsePublications;
const browsePeople = (a: Access) => a.canBrowsePeople;
const browseChannels = (a: Access) => a.canBrowseChannels;
const browseObligations = (a: Access) => a.canBrowseObligations;
const OBLIGATIONS = 'menu.groupObligations';
const REPORTS = 'menu.groupReports';
const INSPECTIONS = 'menu.groupInspections';
const ACCOUNTABILITY = 'menu.groupAccountability';

export const appRoutes: AppRoute[] = [
  {
    path: '/workbench',
    page: page(() => import('@/features/home/routes/WorkbenchPage')),
    // whoever reads anything has one; its blocks follow what the person may read
    allowed: (a) => !a.hasNoAccess,
    title: 'menu.workbench',
    menu: { icon: <HomeOutlined aria-hidden /> },
  },
  {
    path: '/organizations/:id?',
    page: page(() => import('@/features/organization/routes/OrganizationsPage')),
    allowed: browseOrganizations,
    title: 'menu.organizations',
    menu: { icon: <ApartmentOutlined aria-hidden /> },
    entity: OrganizationCrumb,
  },
  {
    path: '/organizations/:id/leading-group',
    page: page(() => import('@/features/leading-group/routes/LeadingGroupPage')),
    allowed: browseOrganizations,
    title: 'menu.leadingGroup',
    parent: '/organizations/:id?',
  },
  {
    path: '/organizations/:id/leading-group/print',
    page: page(() => import('@/features/leading-group/routes/LeadingGroupPrintPage')),
    allowed: browseOrganizations,
    title: 'menu.leadingGroup',
    parent: '/organizations/:id?',
    layout: 'print',
  },
  {
    path: '/organizations/:id/duties',
    page: page(() => import('@/features/duty/routes/OrganizationDutiesPage')),
    allowed: browseOrganizations,
    title: 'menu.duties',
    parent: '/organizations/:id?',
  },
  {
    path: '/organizations/:id/duties/print',
    page: page(() => import('@/features/duty/routes/DutyPrintPage')),
    allowed: browseOrganizations,
    title: 'menu.duties',
    parent: '/organizations/:id?',
    layout: 'print',
  },
  {
    path: '/people',
    page: page(() => import('@/features/person/routes/PeoplePage')),
    allowed: browsePeople,
    title: 'menu.people',
    menu: { icon: <TeamOutlined aria-hidden /> },
  },
  {
    path: '/people/new',
    page: namedPage(
      () => import('@/features/person/routes/PersonPage'),
      (module) => module.NewPersonPage,
    ),
    allowed: (a) => a.canManagePeople,
    title: 'menu.newPerson',
    parent: '/people',
  },
  {
    path: '/people/:id',
    page: page(() => import('@/features/person/routes/PersonPage')),
    allowed: browsePeople,
    title: 'menu.people',
    parent: '/people',
    entity: PersonCrumb,
  },
  {
    path: '/responsibility-matrix',
    page: page(() => import('@/features/duty/routes/ResponsibilityMatrixPage')),
    allowed: (a) => a.canReadMatrix,
    title: 'menu.responsibilityMatrix',
    menu: { icon: <TableOutlined aria-hidden /> },
  },
  {
    path: '/channels',
    page: page(() => import('@/features/channel/routes/ChannelsPage')),
    allowed: browseChannels,
    title: 'menu.channels',
    menu: { icon: <GlobalOutlined aria-hidden /> },
  },
  {
    path: '/channels/:id',
    page: page(() => import('@/features/channel/routes/ChannelPage')),
    allowed: browseChannels,
    title: 'menu.channels',
    parent: '/channels',
    entity: ChannelCrumb,
  },
  {
    path: '/imports',
    page: page(() => import('@/features/integration/imports/routes/ImportPage')),
    // whoever writes somewhere (STAFF of an organization) or an admin; rows are checked against scope
    allowed: (a) => a.canManagePeople,
    title: 'menu.imports',
    menu: { icon: <ImportOutlined aria-hidden /> },
  },
  {
    path: '/publications',
    page: page(() => import('@/features/publication/routes/PublicationsPage')),
    allowed: browsePublications,
    title: 'menu.publications',
    menu: { icon: <NotificationOutlined aria-hidden /> },
  },
  {
    path: '/publications/new',
    page: namedPage(
      () => import('@/features/publication/routes/PublicationEditorPage'),
      (module) => module.NewPublicationPage,
    ),
    allowed: (a) => a.canDraftPublications,
    title: 'menu.newPublication',
    parent: '/publications',
  },
  {
    path: '/publications/:id',
    page: page(() => import('@/features/publication/routes/PublicationPage')),
    allowed: browsePublications,
    title: 'menu.publications',
    parent: '/publications',
    entity: PublicationCrumb,
  },
  {
    path: '/publications/:id/edit',
    page: page(() => import('@/features/publication/routes/PublicationEditorPage')),
    allowed: browsePublications,
    title: 'menu.editPublication',
    parent: '/publications/:id',
  },
  {
    path: '/publications/:id/review-form',
    page: page(() => import('@/features/publication/routes/ReviewFormPrintPage')),
    allowed: browsePublications,
    title: 'publication.form.title',
    parent: '/publications/:id',
    layout: 'print',
  },
  {
    path: '/me/reviews',
    page: page(() => import('@/features/publication/routes/MyReviewsPage')),
    allowed: (a) => a.canReview,
    title: 'menu.myReviews',
    menu: { icon: <FileDoneOutlined aria-hidden />, count: 'reviews' },
  },
  {
    path: '/publication-statistics',
    page: page(() => import('@/features/publication/routes/StatisticsPage')),
    allowed: browsePublications,
    title: 'menu.publicationStatistics',
    menu: { icon: <BarChartOutlined aria-hidden /> },
  },
  {
    path: '/review-policies',
    page: page(() => import('@/features/publication/routes/ReviewPoliciesPage')),
    allowed: browsePublications,
    title: 'menu.reviewPolicies',
    menu: { icon: <BranchesOutlined aria-hidden /> },
  },
  {
    path: '/me/duties',
    page: page(() => import('@/features/duty/routes/MyDutiesPage')),
    allowed: (a) => a.hasOwnDuties,
    title: 'menu.myDuties',
    menu: { icon: <IdcardOutlined aria-hidden /> },
  },
  {
    path: '/obligations/mine',
    page: page(() => import('@/features/obligation/routes/MyObligationsPage')),
    allowed: (a) => a.hasOwnObligations,
    title: 'menu.myObligations',
    menu: { icon: <CheckSquareOutlined aria-hidden />, group: OBLIGATIONS, count: 'obligationsDue' },
  },
  {
    path: '/obligations/compliance',
    page: page(() => import('@/features/obligation/routes/ComplianceHeatmapPage')),
    allowed: browseObligations,
    title: 'menu.obligationCompliance',
    menu: { icon: <FundViewOutlined aria-hidden />, group: OBLIGATIONS },
  },
  {
    path: '/obligations/rules',
    page: page(() => import('@/features/obligation/routes/ObligationRulesPage')),
    allowed: browseObligations,
    title: 'menu.obligationRules',
    menu: { icon: <CarryOutOutlined aria-hidden />, group: OBLIGATIONS },
  },
  {
    path: '/obligations/organizations/:id',
    page: page(() => import('@/features/obligation/routes/OrganizationRecordPage')),
    allowed: browseObligations,
    title: 'menu.obligationRecord',
    parent: '/obligations/compliance',
    entity: OrganizationCrumb,
  },
  {
    path: '/obligations/organizations/:id/calendar',
    page: page(() => import('@/features/obligation/routes/ObligationCalendarPage')),
    allowed: browseObligations,
    title: 'menu.obligationCalendar',
    parent: '/obligations/organizations/:id',
  },
  {
    path: '/obligations/organizations/:id/print',
    page: page(() => import('@/features/obligation/routes/OrganizationRecordPrintPage')),
    allowed: browseObligations,
    title: 'menu.obligationRecord',
    parent: '/obligations/organizations/:id',
    layout: 'print',
  },
  {
    path: '/work-reports',
    page: page(() => import('@/features/report/routes/WorkReportsPage')),
    allowed: canReadReports,
    title: 'menu.workReports',
    menu: { icon: <FileTextOutlined aria-hidden />, group: REPORTS, count: 'workReports' },
  },
  {
    path: '/work-reports/status',
    page: page(() => import('@/features/report/routes/WorkReportStatusPage')),
    allowed: canReadReports,
    title: 'menu.workReportStatus',
    menu: { icon: <DashboardOutlined aria-hidden />, group: REPORTS },
  },
  {
    path: '/work-reports/:id',
    page: page(() => import('@/features/report/routes/WorkReportPage')),
    allowed: canReadReports,
    title: 'menu.workReport',
    parent: '/work-reports',
    entity: WorkReportCrumb,
  },
  {
    path: '/work-reports/:id/print',
    page: page(() => import('@/features/report/routes/WorkReportPrintPage')),
    allowed: canReadReports,
    title: 'menu.workReport',
    parent: '/work-reports/:id',
    layout: 'print',
  },
  {
    path: '/major-matters',
    page: page(() => import('@/features/report/routes/MajorMattersPage')),
    allowed: canReadReports,
    title: 'menu.majorMatters',
    menu: { icon: <AlertOutlined aria-hidden />, group: REPORTS, count: 'majorMatters' },
  },
  {
    path: '/major-matters/new',
    page: page(() => import('@/features/report/routes/NewMajorMatterPage')),
    allowed: canWriteReports,
    title: 'menu.newMajorMatter',
    parent: '/major-matters',
  },
  {
    path: '/major-matters/:id',
    page: page(() => import('@/features/report/routes/MajorMatterPage')),
    allowed: canReadReports,
    title: 'menu.majorMatters',
    parent: '/major-matters',
    entity: MajorMatterCrumb,
  },
  {
    path: '/inspections',
    page: page(() => import('@/features/inspection/routes/InspectionsPage')),
    allowed: canReadInspections,
    title: 'menu.inspections',
    menu: { icon: <FileSearchOutlined aria-hidden />, group: INSPECTIONS },
  },
  {
    path: '/inspections/new',
    page: page(() => import('@/features/inspection/routes/PlanPage')),
    allowed: canWriteInspections,
    title: 'menu.newInspection',
    parent: '/inspections',
  },
  {
    path: '/inspections/:id',
    page: page(() => import('@/features/inspection/routes/InspectionPage')),
    allowed: canReadInspections,
    title: 'menu.inspections',
    parent: '/inspections',
    entity: InspectionCrumb,
  },
  {
    path: '/inspections/:id/targets/:orgId',
    page: page(() => import('@/features/inspection/routes/ScoringPage')),
    allowed: canReadInspections,
    title: 'menu.scoring',
    parent: '/inspections/:id',
  },
  {
    path: '/inspections/:id/targets/:orgId/print',
    page: page(() => import('@/features/inspection/routes/ScoreSheetPrintPage')),
    allowed: canReadInspections,
    title: 'menu.scoreSheet',
    parent: '/inspections/:id/targets/:orgId',
    layout: 'print',
  },
  {
    path: '/scoring-templates',
    page: page(() => import('@/features/inspection/routes/TemplatesPage')),
    allowed: canReadInspections,
    title: 'menu.scoringTemplates',
    menu: { icon: <OrderedListOutlined aria-hidden />, group: INSPECTIONS },
  },
  {
    path: '/scoring-templates/new',
    page: page(() => import('@/features/inspection/routes/TemplateEditorPage')),
    allowed: canWriteInspections,
    title: 'menu.newScoringTemplate',
    parent: '/scoring-templates',
  },
  {
    path: '/scoring-templates/:id',
    page: page(() => import('@/features/inspection/routes/TemplateEditorPage')),
    allowed: canReadInspections,
    title: 'menu.scoringTemplates',
    parent: '/scoring-templates',
    entity: TemplateCrumb,
  },
  {
    path: '/findings',
    page: page(() => import('@/features/inspection/routes/FindingsPage')),
    allowed: canReadInspections,
    title: 'menu.findings',
    menu: { icon: <ExceptionOutlined aria-hidden />, group: INSPECTIONS },
  },
  {
    path: '/rectifications',
    page: page(() => import('@/features/inspection/routes/LedgerPage')),
    allowed: canReadInspections,
    title: 'menu.rectificationLedger',
    menu: { icon: <ContainerOutlined aria-hidden />, group: INSPECTIONS, count: 'rectifications' },
  },
  {
    path: '/rectifications/:id',
    page: page(() => import('@/features/inspection/routes/RectificationPage')),
    allowed: canReadInspections,
    title: 'menu.rectification',
    parent: '/rectifications',
    entity: RectificationCrumb,
  },
  {
    path: '/accountability-cases',
    page: page(() => import('@/features/accountability/routes/CasesPage')),
    allowed: canReadAccountability,
    title: 'menu.accountabilityCases',
    menu: { icon: <SafetyCertificateOutlined aria-hidden />, group: ACCOUNTABILITY },
  },
  {
    path: '/accountability-cases/new',
    page: page(() => import('@/features/accountability/routes/NewCasePage')),
    allowed: canFileCases,
    title: 'menu.newAccountabilityCase',
    parent: '/accountability-cases',
  },
  {
    path: '/accountability-cases/:id',
    page: page(() => import('@/features/accountability/routes/CasePage')),
    allowed: (a) => canReadAccountability(a) || canHaveOwnLines(a),
    title: 'menu.accountabilityCase',
    parent: '/accountability-cases',
    entity: CaseCrumb,
  },
  {
    path: '/accountability-cases/:id/print',
    page: page(() => import('@/features/accountability/routes/CasePrintPage')),
    allowed: canReadAccountability,
    title: 'menu.accountabilityDecision',
    parent: '/accountability-cases/:id',
    layout: 'print',
  },
  {
    path: '/me/accountability-lines',
    page: page(() => import('@/features/accountability/routes/MyLinesPage')),
    allowed: canHaveOwnLines,
    title: 'menu.myAccountabilityLines',
    menu: { icon: <SolutionOutlined aria-hidden />, group: ACCOUNTABILITY, count: 'accountabilityLines' },
  },
  {
    path: '/accountability-filers',
    page: page(() => import('@/features/accountability/routes/FilersPage')),
    allowed: canReadFilers,
    title: 'menu.accountabilityFilers',
    menu: { icon: <KeyOutlined aria-hidden />, group: ACCOUNTABILITY },
  },
  {
    path: '/inspection-packages',
    page: page(() => import('@/features/dossier/routes/InspectionPackagesPage')),
    allowed: canBuildPackages,
    title: 'menu.inspectionPackages',
    menu: { icon: <FileProtectOutlined aria-hidden /> },
  },
  {
    path: '/webhooks',
    page: page(() => import('@/features/integration/webhooks/routes/WebhooksPage')),
    allowed: canManageWebhooks,
    title: 'menu.integration',
    menu: { icon: <ApiOutlined aria-hidden /> },
  },
  {
    path: '/webhooks/:id',
    page: page(() => import('@/features/integration/webhooks/routes/WebhookPage')),
    allowed: canManageWebhooks,
    title: 'menu.integration',
    parent: '/webhooks',
    entity: WebhookCrumb,
  },
  {
    path: '/me/notifications',
    page: page(() => import('@/features/notification/routes/NotificationsPage')),
    allowed: (a) => a.canReview,
    title: 'menu.myNotifications',
  },
  {
    path: '/audit',
    page: page(() => import('@/features/audit/routes/AuditPage')),
    allowed: (a) => a.canReadAudit,
    title: 'menu.audit',
    menu: { icon: <AuditOutlined aria-hidden /> },
  },
];

/** The side menu: the pages of the table that have a place in it, in the table's order. */
export const menu = appRoutes.filter((route) => route.menu);

/** The first page a signed-in user lands on. */
export const homePath = '/workbench';

export interface Crumb {
  key: string;
  /** An i18n key, or a node (e.g. an organization's name). */
  title: string | ReactNode;
  to?: string;
}

/** What each router match carries: the table entry it was made from. */
export interface RouteHandle {
  route: AppRoute;
}

const byPath = new Map(appRoutes.map((route) => [route.path, route]));

/**
 * The browser tab's title of a page: its own title, then the application's name ("工作台 · 责任台账").
 * With the name of the record it shows, that name comes first on the record's own page ("王建国 · 人员 · 责任台账")
 * and after the title on a page about the record ("领导小组 · 城关街道 · 责任台账").
 */
export function documentTitleOf(route: AppRoute, t: TFunction, recordName?: string): string {
  const title = t(route.title);
  const record = recordName?.trim();
  const parts = !record ? [title] : route.entity ? [record, title] : [title, record];
  return [...parts, t('common.appName')].join(' · ');
}

/** The parent of a page, as the table names it. */
export function parentOf(route: AppRoute): AppRoute | undefined {
  if (!route.parent) return undefined;
  const parent = byPath.get(route.parent);
  if (!parent) throw new Error(`route ${route.path}: no parent ${route.parent} in the route table`);
  return parent;
}

/** Where a menu entry leads: its path without optional parts. */
export function linkOf(route: AppRoute, params: Params = {}): string {
  return generatePath(route.path, params);
}

/** The page's menu entry: the page itself or the nearest page above it that has one. */
export function menuEntryOf(route: AppRoute): AppRoute | undefined {
  for (let at: AppRoute | undefined = route; at; at = parentOf(at)) if (at.menu) return at;
  return undefined;
}

/**
 * The crumbs of a page: those of its parent, then its own — its title, or the name of the
 * record it shows. A page with an optional `:id?` shows its title, then the record when there is one.
 */
export function crumbsOf(route: AppRoute, params: Params): Crumb[] {
  const parent = parentOf(route);
  const above = parent ? crumbsOf(parent, params) : [];
  const optionalId = route.path.includes(':id?');
  const id = Number(params.id);
  const hasId = Number.isSafeInteger(id) && id > 0;
  const own: Crumb[] = [];
  if (!route.entity || optionalId) {
    own.push({ key: route.path, title: route.title, to: linkOf(route, optionalId ? {} : params) });
  }
  if (route.entity && (hasId || !optionalId)) {
    const Entity = route.entity;
    own.push({ key: `${route.path}#${params.id}`, title: <Entity id={id} />, to: linkOf(route, params) });
  }
  return [...above, ...own];
}
