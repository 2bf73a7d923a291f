import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const item = (id: number, title: string, waitingSince: string) => ({
  id,
  channel: { id: 50, name: '城关发布', type: 'WECHAT_OFFICIAL_ACCOUNT' },
  organization: { id: 10, code: 'JD-01', name: '城关街道' },
  title,
  status: 'IN_REVIEW',
  currentStep: 1,
  stepCount: 2,
  currentStepName: '分管领导初审',
  author: { id: 8, name: '李小编' },
  revisionNumber: 1,
  waitingSince,
  version: 2,
  updatedAt: waitingSince,
});

describe('MyReviewsPage', () => {
  it('lists the items waiting for me, the longest waiting first, with their step', async () => {
    stubFetch((call) =>
      call.url.pathname === '/api/v1/me/reviews'
        ? json([item(2, '社区通知', '2026-11-27T02:00:00Z'), item(1, '消防安全检查', '2026-11-25T02:00:00Z')])
        : undefined,
    );
    await renderApp('/me/reviews', me());

    const inbox = await screen.findByTestId('review-inbox');
    await within(inbox).findByText('消防安全检查');
    const links = within(inbox).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['消防安全检查', '社区通知']);
    expect(links[0]).toHaveAttribute('href', '/publications/1');
    expect(within(inbox).getAllByText('第 1/2 步 分管领导初审')).toHaveLength(2);
  });
});
