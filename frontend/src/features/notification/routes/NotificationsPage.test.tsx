import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@/lib/api-types';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

function inbox() {
  const items: Notification[] = [
    {
      id: 3,
      type: 'REVIEW_REMINDER',
      title: '「社区通知」等待您审核已超过 24 小时',
      link: '/publications/301',
      createdAt: '2026-11-28T02:00:00Z',
      readAt: '2026-11-28T03:00:00Z',
    },
    {
      id: 2,
      type: 'VACANCY',
      title: '柳岸社区：直接责任人空缺',
      link: '/organizations/20/duties',
      createdAt: '2026-11-27T02:00:00Z',
    },
    {
      id: 1,
      type: 'SOMETHING_NEW',
      title: '系统维护通知',
      createdAt: '2026-11-26T02:00:00Z',
    },
  ];
  const calls = stubFetch((call) => {
    if (call.url.pathname === '/api/v1/me/notifications') {
      const unreadOnly = call.url.searchParams.get('unreadOnly') === 'true';
      return json({
        unreadCount: items.filter((item) => !item.readAt).length,
        items: items.filter((item) => !unreadOnly || !item.readAt),
      });
    }
    const read = /^\/api\/v1\/me\/notifications\/(\d+)\/read$/.exec(call.url.pathname);
    if (read && call.method === 'POST') {
      const item = items.find((candidate) => candidate.id === Number(read[1]))!;
      item.readAt = '2026-11-28T04:00:00Z';
      return json(item);
    }
    return undefined;
  });
  return calls;
}

const titles = () =>
  screen.getAllByTestId('notification').map((row) => ({
    read: row.getAttribute('data-read'),
    text: row.textContent,
  }));

describe('NotificationsPage', () => {
  it('lists every notification, unread first, and marks one read', async () => {
    const calls = inbox();
    await renderApp('/me/notifications', me());
    const user = userEvent.setup();

    const list = await screen.findByTestId('notification-page-list');
    await within(list).findByText('柳岸社区：直接责任人空缺');
    expect(titles().map((row) => row.read)).toEqual(['false', 'false', 'true']);
    expect(titles()[0].text).toContain('岗位空缺');
    expect(titles()[2].text).toContain('审核提醒');
    // a type the page does not know shows as it is
    expect(titles()[1].text).toContain('SOMETHING_NEW');

    const vacancy = within(list).getByText('柳岸社区：直接责任人空缺').closest('li') as HTMLElement;
    await user.click(within(vacancy).getByRole('button', { name: /标为已读/ }));

    await waitFor(() =>
      expect(calls.some((call) => call.path === '/api/v1/me/notifications/2/read')).toBe(true),
    );
    await waitFor(() => expect(titles().map((row) => row.read)).toEqual(['false', 'true', 'true']));
  });

  it('opens the subject of a notification and marks it read', async () => {
    const calls = inbox();
    const { router } = await renderApp('/me/notifications', me());
    const user = userEvent.setup();

    await user.click(await screen.findByText('柳岸社区：直接责任人空缺'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/organizations/20/duties'));
    expect(calls.some((call) => call.path === '/api/v1/me/notifications/2/read')).toBe(true);
  });

  it('shows only the unread ones when asked', async () => {
    inbox();
    await renderApp('/me/notifications', me());
    const user = userEvent.setup();

    await screen.findByText('系统维护通知');
    await user.click(screen.getByText('未读'));
    await waitFor(() => expect(screen.queryByText('「社区通知」等待您审核已超过 24 小时')).toBeNull());
    expect(screen.getAllByTestId('notification')).toHaveLength(2);
  });
});
