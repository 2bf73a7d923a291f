import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { WebhookDelivery, WebhookSubscription } from '../api/types';

const secretary = me();

const hook: WebhookSubscription = {
  id: 5,
  url: 'https://oa.example.gov.cn/hooks/duty-ledger',
  eventTypes: ['duty.*'],
  organizationId: 10,
  active: true,
  version: 3,
  createdAt: '2026-11-27T02:00:00Z',
};

function delivery(id: number, overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    id,
    subscriptionId: 5,
    messageId: `msg_${id + 800}`,
    eventType: 'duty.handed-over',
    status: 'DELIVERED',
    attempts: 1,
    lastResponseCode: 204,
    lastAttemptAt: '2026-11-28T01:00:00Z',
    deliveredAt: '2026-11-28T01:00:00Z',
    createdAt: '2026-11-28T01:00:00Z',
    ...overrides,
  };
}

function backend(count = 2) {
  let failed = delivery(72, {
    eventType: 'duty.assigned',
    status: 'FAILED',
    attempts: 8,
    lastResponseCode: 500,
    lastError: 'HTTP 500: receiver down',
    deliveredAt: undefined,
  });
  const older = Array.from({ length: count - 1 }, (_, i) => delivery(40 + i));
  return stubFetch((call) => {
    const path = call.url.pathname;
    if (path === '/api/v1/webhook-subscriptions/5' && call.method === 'GET') return json(hook);
    if (path === '/api/v1/webhook-subscriptions/5/deliveries') return json([failed, ...older]);
    if (path === '/api/v1/webhook-subscriptions/deliveries/72/redeliver' && call.method === 'POST') {
      failed = { ...failed, status: 'PENDING', attempts: 0, nextAttemptAt: '2026-11-28T02:00:00Z' };
      return json(failed);
    }
    if (path === '/api/v1/webhook-subscriptions/5' && call.method === 'PATCH') {
      return problem(409, {
        type: 'https://dutyledger.org/problems/version-conflict',
        title: 'Version conflict',
        detail: 'Webhook subscription 5 was changed by someone else (version 3 expected, 4 found)',
      });
    }
    if (path === '/api/v1/webhook-subscriptions/5/rotate-secret' && call.method === 'POST') {
      return json({
        ...hook,
        secret: 'whsec_bmV3LXNlY3JldA==',
        previousSecretValidUntil: '2026-11-29T02:00:00Z',
      });
    }
    if (path === '/api/v1/webhook-subscriptions/5' && call.method === 'DELETE') {
      return new Response(null, { status: 204 });
    }
    if (path === '/api/v1/webhook-subscriptions') return json([]);
    if (path === '/api/v1/organizations/10') return json({ id: 10, name: '城关街道', path: [] });
    return undefined;
  });
}

// many clicks through antd forms and tables: slow in jsdom on a busy machine
describe('WebhookPage', { timeout: 60_000 }, () => {
  it('shows the delivery log, newest first, twenty a page', async () => {
    backend(25);
    await renderApp('/webhooks/5', secretary);
    const user = userEvent.setup();

    const log = await screen.findByTestId('webhook-deliveries');
    const row = (await within(log).findByText('duty.assigned')).closest('tr') as HTMLElement;
    expect(within(row).getByText('失败')).toBeInTheDocument();
    expect(within(row).getByText('8')).toBeInTheDocument();
    expect(within(row).getByText('500')).toBeInTheDocument();
    expect(within(row).getByText('HTTP 500: receiver down')).toBeInTheDocument();
    expect(within(log).getAllByText('已送达')).toHaveLength(19);

    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(within(log).queryByText('duty.assigned')).toBeNull());
    expect(within(log).getAllByText('已送达')).toHaveLength(5);
  });

  it('redelivers a failed delivery', async () => {
    const calls = backend();
    await renderApp('/webhooks/5', secretary);
    const user = userEvent.setup();

    const log = await screen.findByTestId('webhook-deliveries');
    const row = (await within(log).findByText('duty.assigned')).closest('tr') as HTMLElement;
    // by text: a role query checks the styles of every ancestor, slow on a table in jsdom
    await user.click(within(row).getByText('重新投递'));

    await waitFor(() =>
      expect(
        calls.some(
          (call) =>
            call.method === 'POST' && call.path === '/api/v1/webhook-subscriptions/deliveries/72/redeliver',
        ),
      ).toBe(true),
    );
    expect(await screen.findByText('已重新排队投递')).toBeInTheDocument();
    await waitFor(() => {
      const refreshed = within(log).getByText('duty.assigned').closest('tr') as HTMLElement;
      expect(within(refreshed).getByText('待投递')).toBeInTheDocument();
    });
  });

  it('rotates the secret after confirmation and shows the new one once', async () => {
    const calls = backend();
    await renderApp('/webhooks/5', secretary);
    const user = userEvent.setup();

    await screen.findByTestId('webhook-detail');
    await user.click(screen.getByRole('button', { name: /轮换密钥/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_bmV3LXNlY3JldA==');
    expect(calls.find((call) => call.path.endsWith('/rotate-secret'))?.body).toEqual({ version: 3 });
    expect(screen.getByText(/旧密钥在 2026-11-29 10:00 前仍会同时签名/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '我已保存密钥' }));
    await waitFor(() => expect(screen.queryByTestId('webhook-secret')).toBeNull());
  });

  it('sends the version it edited and says so when someone else changed it meanwhile', async () => {
    const calls = backend();
    await renderApp('/webhooks/5', secretary);
    const user = userEvent.setup();

    await screen.findByTestId('webhook-detail');
    await user.click(screen.getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    const url = within(dialog).getByLabelText('接收地址');
    await user.clear(url);
    await user.type(url, 'https://oa.example.gov.cn/hooks/v2');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已被他人修改，请刷新后重试')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      version: 3,
      url: 'https://oa.example.gov.cn/hooks/v2',
      eventTypes: ['duty.*'],
      description: '',
    });
  });

  it('deletes after confirmation and returns to the list', async () => {
    const calls = backend();
    const { router } = await renderApp('/webhooks/5', secretary);
    const user = userEvent.setup();

    await screen.findByTestId('webhook-detail');
    await user.click(screen.getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText(/删除后该订阅及其投递记录将无法恢复/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /确\s*定/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/webhooks'));
    expect(
      calls.some((call) => call.method === 'DELETE' && call.path === '/api/v1/webhook-subscriptions/5'),
    ).toBe(true);
  });
});
