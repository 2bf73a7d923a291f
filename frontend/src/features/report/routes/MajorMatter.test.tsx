import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Call } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { MajorMatter } from '../api/types';

const street = organization({ id: 10, name: '东湖街道', code: 'STREET-DH' });
const community = organization({
  id: 20,
  code: 'DH-LIUAN',
  name: '柳岸社区',
  type: 'COMMUNITY',
  parentId: 10,
  path: [
    { id: 1, code: 'QU', name: '城关区' },
    { id: 10, code: 'STREET-DH', name: '东湖街道' },
  ],
});
const clerk = me({
  username: 'community',
  person: person({ id: 11, name: '赵桂兰', username: 'community' }),
  scope: [{ organizationId: 20, code: 'DH-LIUAN', name: '柳岸社区', role: 'STAFF' }],
});
const secretary = me({ scope: [{ organizationId: 10, code: 'STREET-DH', name: '东湖街道', role: 'STAFF' }] });

const hour = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

function matter(overrides: Partial<MajorMatter> = {}): MajorMatter {
  return {
    id: 77,
    version: 1,
    organizationId: 20,
    organizationName: '柳岸社区',
    recipientOrganizationId: 10,
    recipientOrganizationName: '东湖街道',
    recipients: [{ organizationId: 10, organizationName: '东湖街道', forwardedAt: iso(-30 * hour) }],
    category: 'ACCOUNT_HIJACKED',
    title: '社区公众号被盗用',
    description: '公众号发布了非本单位内容。',
    occurredAt: iso(-31 * hour),
    learnedAt: iso(-30 * hour),
    actionsTaken: '已冻结账号。',
    status: 'REPORTED',
    reportedAt: iso(-5 * hour),
    reportDeadline: iso(-6 * hour),
    late: true,
    ackDeadline: iso(-hour),
    ackOverdue: true,
    followUps: [],
    ...overrides,
  };
}

function common(call: Call) {
  const { url } = call;
  if (url.pathname === '/api/v1/organizations/20') return json(community);
  if (url.pathname === '/api/v1/organizations/10') return json(street);
  if (url.pathname === '/api/v1/organizations')
    return json({ items: [community], total: 1, page: 0, size: 20 });
  if (url.pathname === '/api/v1/channels') return json({ items: [], total: 0, page: 0, size: 500 });
  if (url.pathname === '/api/v1/major-matters/limits/10') {
    return json({ organizationId: 10, reportHours: 24, ackHours: 4, version: 1 });
  }
  return undefined;
}

describe('NewMajorMatterPage', () => {
  it('reports a matter at once: the times default to now, the deadline is shown, the body is what the API takes', async () => {
    const calls = stubFetch((call) => {
      if (call.method === 'POST' && call.url.pathname === '/api/v1/major-matters') return json(matter(), 201);
      if (call.method === 'GET' && call.url.pathname === '/api/v1/major-matters/77') return json(matter());
      return common(call);
    });
    await renderApp('/major-matters/new', clerk);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const form = await screen.findByTestId('major-matter-form', {}, { timeout: 15000 });
    const deadline = await within(form).findByTestId('matter-deadline');
    expect(deadline).toHaveAttribute('data-overdue', 'false');
    expect(deadline).toHaveTextContent('知悉后 24 小时内');

    await user.click(within(form).getByLabelText('账号被盗用或篡改'));
    await user.type(within(form).getByLabelText('标题'), '社区公众号被盗用');
    await user.type(within(form).getByLabelText('事情经过'), '公众号发布了非本单位内容。');
    await user.click(within(form).getByRole('button', { name: /立即报告/ }));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    const post = calls.find((call) => call.method === 'POST')!;
    const body = post.body as Record<string, string | number>;
    expect(body).toMatchObject({
      organizationId: 20,
      category: 'ACCOUNT_HIJACKED',
      title: '社区公众号被盗用',
      description: '公众号发布了非本单位内容。',
    });
    expect(Math.abs(Date.parse(String(body.learnedAt)) - Date.now())).toBeLessThan(5 * 60_000);
    expect(body).not.toHaveProperty('actionsTaken');
    expect(await screen.findByTestId('major-matter')).toHaveAttribute('data-status', 'REPORTED');
  }, 60000);
});

describe('MajorMatterPage', () => {
  it('shows the recipient an overdue acknowledgement in red and a late report, and acknowledges it', async () => {
    let current = matter();
    const calls = stubFetch((call) => {
      if (call.method === 'POST' && call.url.pathname === '/api/v1/major-matters/77/acknowledge') {
        current = matter({
          version: 2,
          status: 'ACKNOWLEDGED',
          acknowledgedAt: iso(0),
          acknowledgedByName: '王建国',
        });
        return json(current);
      }
      if (call.method === 'GET' && call.url.pathname === '/api/v1/major-matters/77') return json(current);
      return common(call);
    });
    await renderApp('/major-matters/77', secretary);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const card = await screen.findByTestId('major-matter', {}, { timeout: 15000 });
    const badge = within(card).getByTestId('time-left');
    expect(badge).toHaveAttribute('data-overdue', 'true');
    expect(badge.className).toContain('ant-tag-red');
    expect(within(card).getAllByTestId('late-tag')[0]).toHaveTextContent('迟报');

    await user.click(await within(card).findByRole('button', { name: /确认收到/ }));
    await waitFor(() =>
      expect(
        calls.find((call) => call.url.pathname === '/api/v1/major-matters/77/acknowledge')?.body,
      ).toEqual({
        version: 1,
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('major-matter')).toHaveAttribute('data-status', 'ACKNOWLEDGED'),
    );
    expect(within(screen.getByTestId('major-matter')).queryByTestId('time-left')).not.toBeInTheDocument();
    expect(await screen.findByTestId('follow-up-form')).toBeInTheDocument();
  }, 60000);
});
