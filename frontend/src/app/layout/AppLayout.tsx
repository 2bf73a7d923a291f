import { Breadcrumb, Flex, Layout, Menu, theme as antdTheme, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatches, useNavigate } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { useAccess } from '@/features/me';
import { MenuCount, NotificationBell } from '@/features/notification';
import { crumbsOf, linkOf, menu, menuEntryOf, type AppRoute, type RouteHandle } from '../route-table';
import { UserMenu } from './UserMenu';

type MenuItem =
  | { key: string; icon?: ReactNode; label: ReactNode }
  | { type: 'group'; key: string; label: string; children: MenuItem[] };

/** The menu's entries, an inbox's with its badge; neighbours of the same `group` under one heading (工作要求). */
function menuItems(entries: AppRoute[], t: TFunction): MenuItem[] {
  const items: MenuItem[] = [];
  for (const entry of entries) {
    const count = entry.menu?.count;
    const label = count ? <MenuCount label={t(entry.title)} count={count} /> : t(entry.title);
    const item = { key: linkOf(entry), icon: entry.menu?.icon, label };
    const group = entry.menu?.group;
    const last = items[items.length - 1];
    if (!group) items.push(item);
    else if (last && 'type' in last && last.key === group) last.children.push(item);
    else items.push({ type: 'group', key: group, label: t(group), children: [item] });
  }
  return items;
}

/** The page the address shows, from the route table, with its parameters. */
function useCurrentRoute() {
  const matches = useMatches();
  const last = [...matches].reverse().find((match) => (match.handle as RouteHandle | undefined)?.route);
  return last ? { route: (last.handle as RouteHandle).route, params: last.params } : undefined;
}

function useCrumbs() {
  const { t } = useTranslation();
  const current = useCurrentRoute();
  const crumbs = current ? crumbsOf(current.route, current.params) : [];
  return crumbs.map((crumb, index) => {
    const title = typeof crumb.title === 'string' ? t(crumb.title) : crumb.title;
    const isLast = index === crumbs.length - 1;
    return { key: crumb.key, title: crumb.to && !isLast ? <Link to={crumb.to}>{title}</Link> : title };
  });
}

export function AppLayout() {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = antdTheme.useToken();
  const crumbs = useCrumbs();
  const current = useCurrentRoute();
  const selectedEntry = current && menuEntryOf(current.route);
  const selected = selectedEntry && linkOf(selectedEntry);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <div style={{ padding: '16px 20px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <Typography.Title level={5} style={{ margin: 0, color: token.colorPrimary }}>
            {collapsed ? t('common.appName').slice(0, 2) : t('common.appName')}
          </Typography.Title>
        </div>
        <nav aria-label={t('common.appName')}>
          <Menu
            data-testid="side-menu"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={menuItems(
              menu.filter((entry) => entry.allowed(access)),
              t,
            )}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            height: 'auto',
            minHeight: 64,
            lineHeight: 'normal',
          }}
        >
          <Flex align="center" gap={16}>
            {access.canReview && <NotificationBell />}
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          {crumbs.length > 0 && <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />}
          <main>
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
