import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/lib/api-types';
import { changeLanguage, i18n, initI18n } from '@/lib/i18n';
import { actionKey, describeEvent } from './describe-event';

/**
 * Every action the backend writes to the audit trail (grep `record(` and `journal.record(` in
 * backend/src/main/java). A new action needs a sentence in both languages: add it here and to
 * audit.action in locales/zh-CN/audit.json and locales/en/audit.json.
 */
const BACKEND_ACTIONS = [
  'organization.created',
  'organization.updated',
  'organization.moved',
  'organization.dissolved',
  'organization.recoded',
  'person.created',
  'person.updated',
  'person.memberships-replaced',
  'person.identity-linked',
  'leading-group.created',
  'leading-group.updated',
  'duty.assigned',
  'duty.handed-over',
  'duty.ended',
  'duty.corrected',
  'duty.settings-changed',
  'channel.created',
  'channel.updated',
  'channel.closed',
  'publication.created',
  'publication.revised',
  'publication.rescheduled',
  'publication.submitted',
  'publication.approved',
  'publication.rejected',
  'publication.withdrawn',
  'publication.scheduled',
  'publication.published',
  'publication.retracted',
  'review-policy.created',
  'review-policy.revised',
  'webhook-subscription.created',
  'webhook-subscription.updated',
  'webhook-subscription.deleted',
  'webhook-subscription.secret-rotated',
];

function event(action: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    seq: 7,
    occurredAt: '2026-11-28T02:00:00Z',
    actorSubject: 'sub-secretary',
    actorUsername: 'secretary',
    actorPersonId: 7,
    action,
    entityType: 'organization',
    entityId: '20',
    organizationId: 20,
    changes: {},
    prevHash: 'aa',
    hash: 'bb',
    ...overrides,
  };
}

const t = i18n.t.bind(i18n);

describe('audit sentences', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });

  it.each(['zh-CN', 'en'] as const)(
    'has a sentence of its own for every action the backend writes (%s)',
    async (language) => {
      await changeLanguage(language);
      for (const action of BACKEND_ACTIONS) {
        expect(i18n.exists(actionKey(action)), `${language}: ${action}`).toBe(true);
        const sentence = describeEvent(event(action), t, '王建国', '柳岸社区');
        expect(sentence, action).not.toContain(action);
        expect(sentence, action).not.toMatch(/执行了|did “/);
        expect(sentence, action).toContain('王建国');
        expect(sentence, action).toContain('柳岸社区');
      }
    },
  );

  it('tells who took over a duty and where', async () => {
    await changeLanguage('zh-CN');
    const handover = event('duty.handed-over', {
      entityType: 'duty_assignment',
      entityId: '100',
      changes: {
        person: { before: null, after: '李明华 #9' },
        role: { before: null, after: 'DIRECT_RESPONSIBLE' },
        handedOverFrom: { before: null, after: '王建国 #7' },
      },
    });
    expect(describeEvent(handover, t, '王建国', '城关街道')).toBe(
      '王建国 于 2026-11-28 10:00 办理了「城关街道」的职责交接（接任：李明华，直接责任人）',
    );
    const ended = event('duty.ended', {
      entityType: 'duty_assignment',
      entityId: '100',
      changes: { validTo: { before: null, after: '2026-11-30' } },
    });
    expect(describeEvent(ended, t, '王建国', '城关街道')).toBe(
      '王建国 于 2026-11-28 10:00 结束了「城关街道」的一项职责（记录 #100）',
    );
  });

  it('names publications by their title and subscriptions by their URL', async () => {
    await changeLanguage('zh-CN');
    const drafted = event('publication.created', {
      entityType: 'publication',
      changes: { title: { before: null, after: '城关街道开展消防安全检查' } },
    });
    expect(describeEvent(drafted, t, '张晓燕')).toBe(
      '张晓燕 于 2026-11-28 10:00 撰写了信息「城关街道开展消防安全检查」',
    );
    const approved = event('publication.approved', { entityType: 'publication', entityId: '300' });
    expect(describeEvent(approved, t, '李明华', '城关街道开展消防安全检查')).toBe(
      '李明华 于 2026-11-28 10:00 审核通过了信息「城关街道开展消防安全检查」',
    );
    const subscribed = event('webhook-subscription.created', {
      entityType: 'webhook-subscription',
      changes: { url: { before: null, after: 'https://oa.example.gov.cn/hooks' } },
    });
    await changeLanguage('en');
    expect(describeEvent(subscribed, t, 'Admin')).toBe(
      'Admin created webhook subscription “https://oa.example.gov.cn/hooks” on Nov 28, 2026 10:00',
    );
  });

  it('words an OA sync that took a record into its keeping', async () => {
    await changeLanguage('zh-CN');
    const linked = event('organization.updated', {
      actorSubject: 'sub-oa',
      actorUsername: 'service-account-oa',
      actorPersonId: undefined,
      changes: { syncSource: { before: null, after: 'wecom' } },
    });
    expect(describeEvent(linked, t, null, '柳岸社区')).toBe(
      'service-account-oa 于 2026-11-28 10:00 将组织「柳岸社区」交由 OA 同步来源「wecom」维护',
    );
  });
});
