import { MenuOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Drawer, Flex, Layout, Menu, theme as antdTheme, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatches, useNavigate } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { useAccess } from '@/features/me';
import { MenuCount, NotificationBell } from '@/features/notification';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePhone } from '@/lib/use-media-query';
import { StickyOffsetContext } from '@/lib/sticky-offset';
import {
  crumbsOf,
  documentTitleOf,
  linkOf,
  menu,
  menuEntryOf,
  type AppRoute,
  type RouteHandle,
} from '../route-table';
import { RecordName } from './RecordName';
import { UserMenu } from './UserMenu';
import './layout.css';

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

/**
 * The crumbs, and the tab title made from the same table: the page's title, with the name of the record it shows
 * (read from the record's crumb once it has loaded).
 */
function useCrumbsAndTitle() {
  const { t } = useTranslation();
  const current = useCurrentRoute();
  const [record, setRecord] = useState<{ key: string; name: string }>();
  const onName = useCallback(
    (key: string, name: string | undefined) =>
      setRecord((known) => (name ? { key, name } : known?.key === key ? undefined : known)),
    [],
  );
  const crumbs = current ? crumbsOf(current.route, current.params) : [];
  const recordCrumb = [...crumbs].reverse().find((crumb) => typeof crumb.title !== 'string');
  const items = crumbs.map((crumb, index) => {
    let title = typeof crumb.title === 'string' ? t(crumb.title) : crumb.title;
    if (crumb === recordCrumb) {
      title = (
        <RecordName recordKey={crumb.key} onName={onName}>
          {title}
        </RecordName>
      );
    }
    const isLast = index === crumbs.length - 1;
    return { key: crumb.key, title: crumb.to && !isLast ? <Link to={crumb.to}>{title}</Link> : title };
  });
  const name = record && recordCrumb && record.key === recordCrumb.key ? record.name : undefined;
  const title = current ? documentTitleOf(current.route, t, name) : t('common.appName');
  return { crumbs: items, title };
}

/** The side menu (on a desk) or the drawer's menu (on a phone): the entries this person may open. */
function SideMenu({ onOpen }: { onOpen?: () => void }) {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const current = useCurrentRoute();
  const selectedEntry = current && menuEntryOf(current.route);
  const selected = selectedEntry && linkOf(selectedEntry);
  return (
    <nav aria-label={t('common.appName')}>
      <Menu
        data-testid="side-menu"
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={menuItems(
          menu.filter((entry) => entry.allowed(access)),
          t,
        )}
        onClick={({ key }) => {
          onOpen?.();
          navigate(key);
        }}
      />
    </nav>
  );
}

/** The header's height, followed as it wraps (a long scope), so sticky table heads sit just below it. */
function useHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setHeight(element.getBoundingClientRect().height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, height };
}

/**
 * The app's frame. On a desk the side menu and the header stay in place while a long page scrolls; on a phone
 * the menu is a drawer behind a button in the header, so the page gets the whole width.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const access = useAccess();
  const phone = usePhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = antdTheme.useToken();
  const { crumbs, title } = useCrumbsAndTitle();
  const { ref: headerRef, height: headerHeight } = useHeight<HTMLElement>();
  useDocumentTitle(title);

  const appName = (
    <Typography.Title level={5} style={{ margin: 0, color: token.colorPrimary, whiteSpace: 'nowrap' }}>
      {collapsed && !phone ? t('common.appName').slice(0, 2) : t('common.appName')}
    </Typography.Title>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider
          className="app-sider"
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <div style={{ padding: '16px 20px', overflow: 'hidden' }}>{appName}</div>
          <SideMenu />
        </Layout.Sider>
      )}
      {phone && (
        <Drawer
          placement="left"
          size={280}
          title={appName}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu onOpen={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      {/* min-width 0: a wide table scrolls inside its card instead of pushing the page past the window's edge */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          ref={headerRef}
          className={phone ? 'app-header' : 'app-header app-header-sticky'}
          data-testid="app-header"
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: phone ? 12 : 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: phone ? 'space-between' : 'flex-end',
            flexWrap: 'wrap',
            gap: 8,
            height: 'auto',
            minHeight: phone ? 56 : 64,
            lineHeight: 'normal',
          }}
        >
          {phone && (
            <Flex align="center" gap={8}>
              <Button
                data-testid="menu-button"
                type="text"
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('common.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              />
              {appName}
            </Flex>
          )}
          <Flex align="center" gap={phone ? 8 : 16} wrap style={{ minWidth: 0 }}>
            {access.canReview && <NotificationBell />}
            <UserMenu compact={phone} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 8 : 16, minWidth: 0 }}>
          {crumbs.length > 0 && <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />}
          <StickyOffsetContext.Provider value={phone ? 0 : headerHeight}>
            <main>
              <Suspense fallback={<PageSpin />}>
                <Outlet />
              </Suspense>
            </main>
          </StickyOffsetContext.Provider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
