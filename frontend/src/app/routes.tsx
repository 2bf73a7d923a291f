import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageSpin } from '@/components/PageSpin';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AccessGuard } from './AccessGuard';
import { AppLayout } from './layout/AppLayout';
import { appRoutes, documentTitleOf, homePath, type AppRoute, type RouteHandle } from './route-table';

/** A print page's tab title (the app's pages get theirs from the layout, with the record's name). */
function PrintTitle({ route }: { route: AppRoute }) {
  const { t } = useTranslation();
  useDocumentTitle(documentTitleOf(route, t));
  return null;
}

/** A page as the table describes it: behind its guard (a print page with its tab title). */
function RoutePage({ route }: { route: AppRoute }) {
  const Page = route.page;
  const page = (
    <AccessGuard allowed={route.allowed}>
      <Page />
    </AccessGuard>
  );
  if (route.layout !== 'print') return page;
  return (
    <>
      <PrintTitle route={route} />
      <Suspense fallback={<PageSpin />}>{page}</Suspense>
    </>
  );
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
