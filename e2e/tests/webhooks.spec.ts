import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { stack } from '../stack';
import { demoOrganizations, label, login, snap, token } from './helpers';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiving system on localhost that answers 204 and keeps what it got. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://localhost:${port}/hooks/duty-ledger`, received };
}

/** The receiver's check, written from the Standard Webhooks specification. */
function signatureValid(secret: string, delivery: Received): boolean {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signed = `${delivery.headers['webhook-id']}.${delivery.headers['webhook-timestamp']}.${delivery.body}`;
  const expected = createHmac('sha256', key).update(signed).digest();
  return String(delivery.headers['webhook-signature'])
    .split(' ')
    .map((entry) => Buffer.from(entry.replace(/^v1,/, ''), 'base64'))
    .some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected));
}

// The e2e stack allows plain http to localhost for webhooks (global-setup.ts), as tests and
// local development do; production requires https to a public host.
test('admin subscribes a local receiver, sees the secret once, and a change arrives signed in the delivery log', async ({
  page,
  request,
}, testInfo) => {
  const receiver = await startReceiver();
  const demo = await demoOrganizations(request);
  const street = demo.get('STREET-DH')!;
  const suffix = Date.now().toString(36).toUpperCase();
  let secret = '';

  try {
    await test.step('log in as admin and open 系统对接', async () => {
      await login(page, 'admin');
      await page.getByTestId('side-menu').getByText('系统对接').click();
      await expect(page).toHaveURL(/\/webhooks$/);
      await expect(page.getByText('Webhook 订阅').first()).toBeVisible();
    });

    await test.step('subscribe the receiver to every change of organizations', async () => {
      await page.getByRole('button', { name: label('新建订阅') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('接收地址').fill(receiver.url);
      await dialog.getByLabel('事件类型').click();
      await page.locator('.ant-select-item-option[title="组织机构的全部变更（organization.*）"]').click();
      // (not Escape: that would close the dialog too) moving on to the next field closes the list
      await dialog.getByLabel('说明').fill(`e2e 接收端 ${suffix}`);
      await snap(page, testInfo, '01-create-subscription');
      await dialog.getByRole('button', { name: label('保存') }).click();
    });

    await test.step('the secret is shown once, with a warning', async () => {
      const shown = page.getByTestId('webhook-secret');
      await expect(shown).toContainText('whsec_');
      await expect(page.getByText('请立即复制并妥善保存此密钥')).toBeVisible();
      secret = /whsec_[A-Za-z0-9+/=]+/.exec(await shown.innerText())?.[0] ?? '';
      expect(secret).not.toBe('');
      await snap(page, testInfo, '02-secret-once');
      await page.getByRole('button', { name: '我已保存密钥' }).click();
      await expect(shown).toBeHidden();
      const row = page.getByTestId('webhook-subscriptions').locator('tr', { hasText: receiver.url });
      await expect(row).toContainText('组织机构的全部变更');
      await expect(row).toContainText('全部组织');
      await expect(row).toContainText('启用');
      await expect(page.getByText(secret)).toHaveCount(0);
    });

    await test.step('a change of an organization (through the API) is delivered, signed', async () => {
      const adminToken = await token(request, 'admin');
      const headers = { Authorization: `Bearer ${adminToken}` };
      const created = await request.post(`${stack.baseUrl}/api/v1/organizations`, {
        headers,
        data: {
          code: `DH-HOOK-${suffix}`,
          name: `东湖街道通知测试社区${suffix}`,
          type: 'COMMUNITY',
          parentId: street.id,
        },
      });
      expect(created.ok(), await created.text()).toBeTruthy();
      const org = await created.json();
      const renamed = await request.patch(`${stack.baseUrl}/api/v1/organizations/${org.id}`, {
        headers,
        data: { version: org.version, name: `东湖街道通知测试新村社区${suffix}` },
      });
      expect(renamed.ok(), await renamed.text()).toBeTruthy();

      const about = (type: string) =>
        receiver.received.find((r) => {
          // the Standard Webhooks envelope: {type, timestamp, data: the event}
          const event = JSON.parse(r.body);
          return event.type === type && String(event.data?.entityId) === String(org.id);
        });
      await expect
        .poll(() => !!about('organization.created') && !!about('organization.updated'), {
          timeout: 60_000,
        })
        .toBe(true);
      const update = about('organization.updated')!;
      expect(signatureValid(secret, update)).toBe(true);
      expect(String(update.headers['webhook-id'])).toMatch(/^msg_\d+$/);
    });

    await test.step('the delivery log shows it delivered, and redelivers it with the same webhook-id', async () => {
      await page.getByTestId('webhook-subscriptions').getByRole('link', { name: receiver.url }).click();
      await expect(page.getByTestId('webhook-detail')).toContainText(receiver.url);
      const log = page.getByTestId('webhook-deliveries');
      const row = log.locator('tr', { hasText: 'organization.updated' }).first();
      await expect(row).toContainText('已送达', { timeout: 30_000 });
      await expect(row).toContainText('204');
      await snap(page, testInfo, '03-delivery-log');

      const before = receiver.received.length;
      // the event type's cell carries the webhook-id in its title
      const title = await row.locator('[title^="webhook-id"]').first().getAttribute('title');
      const firstId = /msg_\d+/.exec(title ?? '')?.[0];
      expect(firstId, title ?? '').toBeTruthy();
      await row.getByRole('button', { name: label('重新投递') }).click();
      await expect(page.getByText('已重新排队投递')).toBeVisible();
      await expect.poll(() => receiver.received.length, { timeout: 60_000 }).toBeGreaterThan(before);
      const again = receiver.received.slice(before).find((r) => r.headers['webhook-id'] === firstId);
      expect(again, 'redelivered with the same webhook-id').toBeTruthy();
      expect(signatureValid(secret, again!)).toBe(true);
    });
  } finally {
    receiver.server.close();
  }
});
