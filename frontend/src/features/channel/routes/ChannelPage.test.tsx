import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { channel, me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道' });
const fabu = channel({
  id: 50,
  administrators: [{ assignmentId: 7, personId: 9, personName: '张晓燕', validFrom: '2024-03-01' }],
});

function backend(answer = fabu) {
  return stubFetch((call) => {
    if (call.url.pathname === '/api/v1/channels/50') return json(answer);
    if (call.url.pathname === '/api/v1/organizations/10') return json(street);
    return undefined;
  });
}

describe('ChannelPage', () => {
  it('shows the administrators and lets staff edit and close', async () => {
    backend();
    await renderApp('/channels/50', me());

    const admins = await screen.findByTestId('channel-administrators');
    expect(within(admins).getByText('张晓燕')).toBeInTheDocument();
    expect(within(admins).getByText('至今')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /关闭阵地/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
  });

  it('offers no change to an auditor, nor on a closed channel', async () => {
    backend();
    const auditor = me({
      globalRoles: ['auditor'],
      person: undefined,
      scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'AUDITOR' }],
    });
    const { unmount } = await renderApp('/channels/50', auditor);
    await screen.findByTestId('channel-detail');
    expect(screen.queryByRole('button', { name: /关闭阵地/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    unmount();

    backend({
      ...fabu,
      status: 'CLOSED',
      closedOn: '2026-01-31',
      closeReason: '停止运营',
      administrators: [],
    });
    await renderApp('/channels/50', me());
    expect(await screen.findByText('停止运营')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /关闭阵地/ })).toBeNull();
  });
});
