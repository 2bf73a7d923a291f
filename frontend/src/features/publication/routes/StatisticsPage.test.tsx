import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

describe('StatisticsPage', () => {
  it('asks for the statistics of the address organization and shows a chart and the rows', async () => {
    const calls = stubFetch((call) =>
      call.url.pathname === '/api/v1/publication-statistics'
        ? json({
            under: { id: 10, code: 'JD-01', name: '城关街道' },
            from: '2026-01-01',
            to: '2026-11-28',
            rows: [
              {
                channel: { id: 50, name: '城关发布', type: 'WECHAT_OFFICIAL_ACCOUNT' },
                month: '2026-10',
                published: 12,
                rejected: 3,
                retracted: 1,
                approved: 12,
                medianReviewHours: 5.5,
                p90ReviewHours: 20.25,
              },
            ],
          })
        : undefined,
    );
    await renderApp('/publication-statistics?under=10&from=2026-01-01&to=2026-11-28', me());

    const table = await screen.findByTestId('statistics-table');
    expect(await within(table).findByText('城关发布')).toBeInTheDocument();
    expect(within(table).getByText('5.5')).toBeInTheDocument();
    expect(within(table).getByText('20.3')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '各月发布、退回、撤稿数量' })).toBeInTheDocument();
    const call = calls.find((entry) => entry.url.pathname === '/api/v1/publication-statistics')!;
    expect(call.url.searchParams.get('under')).toBe('10');
    expect(call.url.searchParams.get('from')).toBe('2026-01-01');
  });
});
