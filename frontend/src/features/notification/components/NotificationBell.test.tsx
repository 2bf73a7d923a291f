import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  it('shows the unread count and marks a notification read', async () => {
    let unread = 2;
    const calls = stubFetch((call) => {
      if (call.url.pathname === '/api/v1/me/notifications') {
        return json({
          unreadCount: unread,
          items: [
            {
              id: 1,
              type: 'REVIEW_REQUESTED',
              title: '「城关街道开展消防安全检查」待您审核',
              link: '/publications/300',
              createdAt: '2026-11-27T02:00:00Z',
              readAt: unread === 2 ? null : '2026-11-27T03:00:00Z',
            },
            {
              id: 2,
              type: 'REVIEW_OVERDUE',
              title: '「社区通知」已等待 24 小时',
              link: '/publications/301',
              createdAt: '2026-11-26T02:00:00Z',
              readAt: null,
            },
          ],
        });
      }
      if (call.method === 'POST' && call.path === '/api/v1/me/notifications/1/read') {
        unread = 1;
        return json({
          id: 1,
          type: 'REVIEW_REQUESTED',
          title: 't',
          createdAt: '2026-11-27T02:00:00Z',
          readAt: '2026-11-27T03:00:00Z',
        });
      }
      return undefined;
    });
    await renderWithApp(<NotificationBell />);
    const user = userEvent.setup();

    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '2'));
    expect(within(bell).getByText('2')).toBeInTheDocument();

    await user.click(bell);
    const list = await screen.findByTestId('notification-list');
    expect(within(list).getByText('「城关街道开展消防安全检查」待您审核')).toBeInTheDocument();
    await user.click(within(list).getAllByRole('button', { name: /标为已读/ })[0]);

    await waitFor(() =>
      expect(calls.some((call) => call.path === '/api/v1/me/notifications/1/read')).toBe(true),
    );
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '1'));
  });

  it('leads to the full list', async () => {
    stubFetch((call) =>
      call.url.pathname === '/api/v1/me/notifications' ? json({ unreadCount: 0, items: [] }) : undefined,
    );
    await renderWithApp(
      <Routes>
        <Route path="/" element={<NotificationBell />} />
        <Route path="/me/notifications" element={<p>full list</p>} />
      </Routes>,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('notification-bell'));
    await user.click(await screen.findByTestId('notification-view-all'));

    expect(await screen.findByText('full list')).toBeInTheDocument();
  });
});
