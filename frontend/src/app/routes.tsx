import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageSpin } from '@/components/PageSpin';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AccessGuard } from './AccessGuard';
import { AppLayout } from './layout/AppLayout';
import { appRoutes, homePath, type AppRoute, type RouteHandle } from './route-table';

/** A page as the table describes it: behind its guard, with its tab title. */
function RoutePage({ route }: { route: AppRoute }) {
  const { t } = useTranslation();
  const Page = route.page;
  useDocumentTitle(`${t(route.title)} · ${t('common.appName')}`);
  const page = (
    <AccessGuard allowed={route.allowed}>
      <Page />
    </AccessGuard>
  );
  return route.layout === 'print' ? <Suspense fallback={<PageSpin />}>{page}</Suspense> : page;
}

function toRouteObject(route: AppRoute): RouteObject {
  return { path: route.path, element: <RoutePage route={route} />, handle: { route } satisfies RouteHandle };
}

export const routes: RouteObject[] = [
  ...appRoutes.filter((route) => route.layout === 'print').map(toRouteObject),
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={homePath} replace /> },
      ...appRoutes.filter((route) => route.layout !== 'print').map(toRouteObject),
      { path: '*', element: <NotFound /> },
    ],
  },
];
