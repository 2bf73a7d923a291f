import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

describe('menu badges', () => {
  it('shows how many items wait in each inbox, read from /me/counts in one request', async () => {
    const calls = stubFetch((call) =>
      call.path === '/api/v1/me/counts'
        ? json({ reviews: 3, notificationsUnread: 2, obligationsDue: 1 })
        : undefined,
    );
    await renderApp('/no-such-page', me());
    const menu = screen.getByTestId('side-menu');

    await waitFor(() => expect(within(menu).getByTestId('menu-count-reviews')).toHaveTextContent('3'));
    expect(within(menu).getByText('待我审核')).toBeInTheDocument();
    expect(within(menu).getByTestId('menu-count-obligationsDue')).toHaveTextContent('1');
    expect(calls.filter((call) => call.path === '/api/v1/me/counts')).toHaveLength(1);
  });

  it('shows no badge when nothing waits', async () => {
    stubFetch((call) =>
      call.path === '/api/v1/me/counts'
        ? json({ reviews: 0, notificationsUnread: 0, obligationsDue: 0 })
        : undefined,
    );
    await renderApp('/no-such-page', me());
    const menu = screen.getByTestId('side-menu');
    await waitFor(() => expect(within(menu).getByText('待我审核')).toBeInTheDocument());
    expect(within(menu).queryByTestId('menu-count-reviews')).toBeNull();
  });

  it('badges the work-report and major-matter inboxes when /me/counts carries their counters, and not before', async () => {
    stubFetch((call) =>
      call.path === '/api/v1/me/counts'
        ? json({ reviews: 0, notificationsUnread: 0, obligationsDue: 0, workReports: 2, majorMatters: 1 })
        : undefined,
    );
    await renderApp('/no-such-page', me());
    const menu = screen.getByTestId('side-menu');
    await waitFor(() => expect(within(menu).getByTestId('menu-count-workReports')).toHaveTextContent('2'));
    expect(within(menu).getByTestId('menu-count-majorMatters')).toHaveTextContent('1');
  });

  it('badges 涉及本人的问责 with the lines waiting for my statement', async () => {
    stubFetch((call) =>
      call.path === '/api/v1/me/counts'
        ? json({ reviews: 0, notificationsUnread: 0, obligationsDue: 0, accountabilityLines: 2 })
        : undefined,
    );
    await renderApp('/no-such-page', me());
    const menu = screen.getByTestId('side-menu');
    await waitFor(() =>
      expect(within(menu).getByTestId('menu-count-accountabilityLines')).toHaveTextContent('2'),
    );
    expect(within(menu).getByText('涉及本人的问责')).toBeInTheDocument();
  });

  it('shows the report entries without a badge while the server sends no report counters', async () => {
    stubFetch((call) =>
      call.path === '/api/v1/me/counts'
        ? json({ reviews: 1, notificationsUnread: 0, obligationsDue: 0 })
        : undefined,
    );
    await renderApp('/no-such-page', me());
    const menu = screen.getByTestId('side-menu');
    await waitFor(() => expect(within(menu).getByTestId('menu-count-reviews')).toHaveTextContent('1'));
    expect(within(menu).getByText('重大事项报告')).toBeInTheDocument();
    expect(within(menu).queryByTestId('menu-count-workReports')).toBeNull();
    expect(within(menu).queryByTestId('menu-count-majorMatters')).toBeNull();
  });
});
