import { screen, waitFor, within } from '@testing-library/react';
import { generatePath, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { accessOf } from '@/features/me';
import { initI18n } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { appRoutes, crumbsOf, documentTitleOf, menu, type AppRoute, type RouteHandle } from './route-table';
import { routes } from './routes';

/** A user with no person, no membership and no global role: no rule lets them in. */
const nobody = me({ person: undefined, scope: [], globalRoles: [] });
const admin = me({ globalRoles: ['admin'] });

function leaves(objects: RouteObject[]): RouteObject[] {
  return objects.flatMap((object) => (object.children ? leaves(object.children) : [object]));
}

describe('route table', () => {
  it('gives every route a guard, a title in both languages and a parent that exists', () => {
    const i18n = initI18n('zh-CN');
    const paths = new Set(appRoutes.map((route) => route.path));
    expect(paths.size).toBe(appRoutes.length);
    for (const route of appRoutes) {
      expect(typeof route.allowed, route.path).toBe('function');
      expect(i18n.exists(route.title, { lng: 'zh-CN' }), `${route.path}: ${route.title} (zh-CN)`).toBe(true);
      expect(i18n.exists(route.title, { lng: 'en' }), `${route.path}: ${route.title} (en)`).toBe(true);
      if (route.parent) expect(paths, `${route.path}: parent`).toContain(route.parent);
    }
  });

  it('makes every routed page from the table, print pages included', () => {
    const pages = leaves(routes).filter((object) => object.path && object.path !== '*');
    const made = pages.map((object) => (object.handle as RouteHandle).route.path);
    expect(made.sort()).toEqual(appRoutes.map((route) => route.path).sort());
  });

  it('derives the menu from the table, in its order', () => {
    expect(menu).toEqual(appRoutes.filter((route) => route.menu));
    expect(menu.map((route) => route.title)).toEqual([
      'menu.workbench',
      'menu.organizations',
      'menu.people',
      'menu.responsibilityMatrix',
      'menu.channels',
      'menu.imports',
      'menu.publications',
      'menu.myReviews',
      'menu.publicationStatistics',
      'menu.reviewPolicies',
      'menu.myDuties',
      'menu.myObligations',
      'menu.obligationCompliance',
      'menu.obligationRules',
      'menu.workReports',
      'menu.workReportStatus',
      'menu.majorMatters',
      'menu.inspections',
      'menu.scoringTemplates',
      'menu.findings',
      'menu.rectificationLedger',
      'menu.accountabilityCases',
      'menu.myAccountabilityLines',
      'menu.accountabilityFilers',
      'menu.inspectionPackages',
      'menu.integration',
      'menu.audit',
    ]);
  });

  it('shows an admin every menu entry of the table, labelled by its title', async () => {
    stubFetch(() => undefined);
    await renderApp('/no-such-page', admin);
    const items = within(screen.getByTestId('side-menu')).getAllByRole('menuitem');
    const i18n = initI18n('zh-CN');
    expect(items.map((item) => item.textContent)).toEqual(menu.map((route) => i18n.t(route.title)));
  });

  it('builds crumbs from the parents: title, record, child page', () => {
    const leadingGroup = appRoutes.find((route) => route.path === '/organizations/:id/leading-group')!;
    const crumbs = crumbsOf(leadingGroup, { id: '7' });
    expect(crumbs.map((crumb) => crumb.to)).toEqual([
      '/organizations',
      '/organizations/7',
      '/organizations/7/leading-group',
    ]);
    expect(crumbs[0].title).toBe('menu.organizations');
    expect(crumbs[2].title).toBe('menu.leadingGroup');
    const organizations = appRoutes.find((route) => route.path === '/organizations/:id?')!;
    expect(crumbsOf(organizations, {}).map((crumb) => crumb.to)).toEqual(['/organizations']);
  });

  it('titles each tab from the table: the page, then the app, in the language chosen', () => {
    const byPath = (path: string): AppRoute => appRoutes.find((route) => route.path === path)!;
    const zh = initI18n('zh-CN');
    expect(documentTitleOf(byPath('/workbench'), zh.t)).toBe('工作台 · 责任台账');
    expect(documentTitleOf(byPath('/responsibility-matrix'), zh.t)).toBe('责任矩阵 · 责任台账');
    // a record's own page: its name first; a page about a record: the page, then the record
    expect(documentTitleOf(byPath('/people/:id'), zh.t, '王建国')).toBe('王建国 · 人员 · 责任台账');
    expect(documentTitleOf(byPath('/organizations/:id/leading-group'), zh.t, '城关街道')).toBe(
      '领导小组 · 城关街道 · 责任台账',
    );
    expect(documentTitleOf(byPath('/people/:id'), zh.t, '  ')).toBe('人员 · 责任台账');
    // no two pages of the menu share a tab title
    const titles = menu.map((route) => documentTitleOf(route, zh.t));
    expect(new Set(titles).size).toBe(titles.length);
    const en = initI18n('en');
    expect(documentTitleOf(byPath('/workbench'), en.t)).toBe('Dashboard · Duty Ledger');
  });

  it('titles the tab of a record page with the record once it has loaded', async () => {
    stubFetch((call) =>
      call.method === 'GET' && call.url.pathname === '/api/v1/people/16'
        ? json(person({ id: 16, name: '孙丽娟' }))
        : undefined,
    );
    await renderApp('/people/16', admin);
    await waitFor(() => expect(document.title).toBe('孙丽娟 · 人员 · 责任台账'));
  });

  it.each(appRoutes.map((route) => [route.path, route] as const))(
    'refuses %s to a user the rule does not let in',
    async (path, route) => {
      expect(route.allowed(accessOf(nobody))).toBe(false);
      stubFetch(() => undefined);
      await renderApp(generatePath(path, { id: '1', orgId: '1' }), nobody);
      expect(await screen.findByText('无权访问')).toBeInTheDocument();
    },
  );
});
