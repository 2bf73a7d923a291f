import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { WebhookSubscription } from '../api/types';

const admin = me({
  username: 'admin',
  displayName: '系统管理员',
  globalRoles: ['admin'],
  person: undefined,
  scope: [],
});

const oa: WebhookSubscription = {
  id: 5,
  url: 'https://oa.example.gov.cn/hooks/duty-ledger',
  eventTypes: ['organization.*', 'publication.published'],
  organizationId: 10,
  description: '区 OA 通讯录',
  active: true,
  version: 3,
  createdAt: '2026-11-27T02:00:00Z',
};

const SECRET = 'whsec_c2VjcmV0LXNob3duLW9uY2UtYW5kLW5ldmVyLWFnYWlu';

function backend(options: { createAnswer?: () => Response } = {}) {
  const subscriptions: WebhookSubscription[] = [oa];
  const calls = stubFetch((call) => {
    const path = call.url.pathname;
    if (path === '/api/v1/webhook-subscriptions' && call.method === 'GET') return json(subscriptions);
    if (path === '/api/v1/webhook-subscriptions' && call.method === 'POST') {
      if (options.createAnswer) return options.createAnswer();
      const body = call.body as { url: string; eventTypes: string[]; description?: string };
      const created = { ...body, id: 6, active: true, version: 0, createdAt: '2026-11-28T02:00:00Z' };
      subscriptions.push(created);
      return json({ ...created, secret: SECRET }, 201);
    }
    if (path === '/api/v1/webhook-subscriptions/5/deliveries') {
      return json([
        {
          id: 71,
          subscriptionId: 5,
          messageId: 'msg_900',
          eventType: 'organization.updated',
          status: 'FAILED',
          attempts: 8,
          lastResponseCode: 503,
          lastError: 'HTTP 503',
          lastAttemptAt: '2026-11-28T01:00:00Z',
          createdAt: '2026-11-28T00:00:00Z',
        },
      ]);
    }
    if (path === '/api/v1/webhook-subscriptions/6/deliveries') return json([]);
    if (path === '/api/v1/organizations/10') return json(organization({ id: 10, name: '城关街道' }));
    if (path === '/api/v1/organizations') return json({ items: [], total: 0, page: 0, size: 20 });
    return undefined;
  });
  return calls;
}

// many clicks through antd forms and tables: slow in jsdom on a busy machine
describe('WebhooksPage', { timeout: 60_000 }, () => {
  it('lists the subscriptions with their events, subtree, state and last delivery', async () => {
    backend();
    await renderApp('/webhooks', admin);

    const table = await screen.findByTestId('webhook-subscriptions');
    const row = (await within(table).findByText(oa.url)).closest('tr') as HTMLElement;
    expect(within(row).getByText('区 OA 通讯录')).toBeInTheDocument();
    expect(within(row).getByText('组织机构的全部变更')).toBeInTheDocument();
    expect(within(row).getByText('信息已发布')).toBeInTheDocument();
    expect(await within(row).findByText('城关街道')).toBeInTheDocument();
    expect(within(row).getByText('启用')).toBeInTheDocument();
    const last = await within(row).findByTestId('last-delivery');
    expect(within(last).getByText('失败')).toBeInTheDocument();
    expect(within(last).getByText('503')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-menu')).getByText('系统对接')).toBeInTheDocument();
  });

  it('creates a subscription and shows its secret once, with a warning', async () => {
    const calls = backend();
    await renderApp('/webhooks', admin);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /新建订阅/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('接收地址'), 'https://receiver.example.org/hook');
    const events = within(dialog).getByLabelText('事件类型');
    await user.click(events);
    await user.click(await screen.findByText('人员的全部变更（person.*）'));
    await user.type(events, 'duty.handed-over{Enter}');
    await user.type(within(dialog).getByLabelText('说明'), '测试接收端');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() =>
      expect(
        calls.some((call) => call.method === 'POST' && call.path === '/api/v1/webhook-subscriptions'),
      ).toBe(true),
    );
    const sent = calls.find((call) => call.method === 'POST')!.body;
    expect(sent).toEqual({
      url: 'https://receiver.example.org/hook',
      eventTypes: ['person.*', 'duty.handed-over'],
      description: '测试接收端',
    });

    expect(await screen.findByText('请立即复制并妥善保存此密钥')).toBeInTheDocument();
    expect(screen.getByTestId('webhook-secret')).toHaveTextContent(SECRET);
    await user.click(screen.getByRole('button', { name: '我已保存密钥' }));

    await waitFor(() => expect(screen.queryByTestId('webhook-secret')).toBeNull());
    expect(await screen.findByText('https://receiver.example.org/hook')).toBeInTheDocument();
    expect(screen.queryByText(SECRET)).toBeNull();
  });

  it('shows the server’s field errors on the form fields', async () => {
    backend({
      createAnswer: () =>
        problem(422, {
          title: 'Invalid input',
          errors: [
            { field: 'url', code: 'https-required', message: 'must use https' },
            { field: 'eventTypes[0]', code: 'bad-event-type', message: 'must be an event type …' },
          ],
        }),
    });
    await renderApp('/webhooks', admin);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /新建订阅/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('接收地址'), 'http://receiver.example.org/hook');
    const events = within(dialog).getByLabelText('事件类型');
    await user.type(events, 'organization.created{Enter}');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await within(dialog).findByText('须使用 https')).toBeInTheDocument();
    expect(
      within(dialog).getByText('须为事件类型（如 organization.created）、前缀（如 organization.*）或 *'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  it('asks staff for the subtree: only administrators subscribe to every organization', async () => {
    const calls = backend();
    await renderApp('/webhooks', me());
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /新建订阅/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('接收地址'), 'https://receiver.example.org/hook');
    await user.type(within(dialog).getByLabelText('事件类型'), 'duty.*{Enter}');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await within(dialog).findByText('请填写组织范围')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('is not offered to members who keep no subtree', async () => {
    stubFetch(() => undefined);
    await renderApp(
      '/no-such-page',
      me({ scope: [{ organizationId: 20, code: 'SQ-01', name: '柳岸社区', role: 'MEMBER' }] }),
    );
    expect(within(screen.getByTestId('side-menu')).queryByText('系统对接')).toBeNull();
  });
});
