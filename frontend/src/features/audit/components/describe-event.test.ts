import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/lib/api-types';
import { changeLanguage, i18n, initI18n } from '@/lib/i18n';
import { AUDIT_ACTIONS, actionNameKey } from './audit-actions';
import { actionName, describeEvent } from './describe-event';
import { formatChangeValue } from './format-change';

function event(action: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    seq: 7,
    occurredAt: '2026-11-28T02:00:00Z',
    // the server's clock (Asia/Shanghai): read as it is, whatever the browser's zone
    occurredAtLocal: '2026-11-28T10:00:00',
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
    names: { entity: '柳岸社区', actor: '王建国', organization: '柳岸社区', organizations: {}, people: {} },
    ...overrides,
  };
}

const t = i18n.t.bind(i18n);

describe('audit sentences', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });

  it.each(['zh-CN', 'en'] as const)(
    'names every action the backend writes and makes a sentence of it with names (%s)',
    async (language) => {
      await changeLanguage(language);
      for (const action of AUDIT_ACTIONS) {
        expect(i18n.exists(actionNameKey(action)), `${language}: ${action}`).toBe(true);
        expect(actionName(action, t), action).not.toContain(action);
        const sentence = describeEvent(event(action), t);
        expect(sentence, action).not.toContain(action);
        expect(sentence, action).not.toMatch(/执行了|did “|#\d/);
        expect(sentence, action).toContain('王建国');
        expect(sentence, action).toContain('柳岸社区');
      }
    },
  );

  it('words an action without a sentence of its own by its name', async () => {
    await changeLanguage('zh-CN');
    const waived = event('obligation.waived', { entityType: 'obligation', entityId: '31' });
    expect(describeEvent(waived, t)).toBe('王建国 于 2026-11-28 10:00 豁免责任事项（柳岸社区）');
  });

  it('says what the caller may not see is out of scope, and who acted by login when unnamed', async () => {
    await changeLanguage('zh-CN');
    const replaced = event('person.memberships-replaced', {
      entityType: 'person',
      entityId: '16',
      names: { organizations: {}, people: {} },
    });
    expect(describeEvent(replaced, t)).toBe(
      'secretary 于 2026-11-28 10:00 调整了人员「（范围外）」的所属组织',
    );
  });

  it('tells who took over a duty and where', async () => {
    await changeLanguage('zh-CN');
    const handover = event('duty.handed-over', {
      entityType: 'duty_assignment',
      entityId: '100',
      names: { entity: '城关街道', actor: '王建国', organizations: {}, people: {} },
      changes: {
        person: { before: null, after: '李明华 #9' },
        role: { before: null, after: 'DIRECT_RESPONSIBLE' },
        handedOverFrom: { before: null, after: '孙丽娟 #9 (assignment 23)' },
      },
    });
    expect(describeEvent(handover, t)).toBe(
      '王建国 于 2026-11-28 10:00 办理了「城关街道」的职责交接（接任：李明华，直接责任人）',
    );
    expect(formatChangeValue('handedOverFrom', '孙丽娟 #9 (assignment 23)', handover, t)).toBe(
      '孙丽娟（职责记录 #23）',
    );
    expect(formatChangeValue('endReason', '交接给 李明华（自 2026-11-28 起）', handover, t)).toBe(
      '交接给 李明华（自 2026-11-28 起）',
    );
    await changeLanguage('en');
    expect(formatChangeValue('endReason', '交接给 李明华（自 2026-11-28 起）', handover, t)).toBe(
      'Handed over to 李明华 (from 2026-11-28)',
    );
  });

  it('translates codes and names ids in the changes', async () => {
    await changeLanguage('zh-CN');
    const moved = event('organization.moved', {
      changes: { parentId: { before: 3, after: 4 } },
      names: { entity: '柳岸社区', organizations: { '4': '城关街道' }, people: {} },
    });
    expect(formatChangeValue('parentId', 3, moved, t)).toBe('（范围外）');
    expect(formatChangeValue('parentId', 4, moved, t)).toBe('城关街道');
    expect(
      formatChangeValue('memberships', 'JD-01 城关街道 STAFF (primary); SQ-01 柳岸社区 MEMBER', moved, t),
    ).toBe('城关街道（工作人员，主要）；柳岸社区（成员）');
    expect(
      formatChangeValue(
        'memberships',
        'JD-01 城关街道 STAFF (primary); … and 2 more outside your scope',
        moved,
        t,
      ),
    ).toBe('城关街道（工作人员，主要）；另有 2 个范围外的组织');
    expect(formatChangeValue('scope', 'SQ-01 柳岸社区 #21; SQ-02 桃园社区 #22', moved, t)).toBe(
      '柳岸社区；桃园社区',
    );
    const rectified = event('rectification.verified', { entityType: 'rectification' });
    expect(formatChangeValue('status', 'IN_PROGRESS', rectified, t)).not.toBe('IN_PROGRESS');
  });

  it('names publications by their title and subscriptions by their URL', async () => {
    await changeLanguage('zh-CN');
    const drafted = event('publication.created', {
      entityType: 'publication',
      names: { actor: '张晓燕', organizations: {}, people: {} },
      changes: { title: { before: null, after: '城关街道开展消防安全检查' } },
    });
    expect(describeEvent(drafted, t)).toBe(
      '张晓燕 于 2026-11-28 10:00 撰写了信息「城关街道开展消防安全检查」',
    );
    const subscribed = event('webhook-subscription.created', {
      entityType: 'webhook-subscription',
      names: { actor: 'Admin', organizations: {}, people: {} },
      changes: { url: { before: null, after: 'https://oa.example.gov.cn/hooks' } },
    });
    await changeLanguage('en');
    expect(describeEvent(subscribed, t)).toBe(
      'Admin created webhook subscription “https://oa.example.gov.cn/hooks” on Nov 28, 2026 10:00',
    );
  });

  it('words an OA sync that took a record into its keeping', async () => {
    await changeLanguage('zh-CN');
    const linked = event('organization.updated', {
      actorSubject: 'sub-oa',
      actorUsername: 'service-account-oa',
      actorPersonId: undefined,
      names: { entity: '柳岸社区', organizations: {}, people: {} },
      changes: { syncSource: { before: null, after: 'wecom' } },
    });
    expect(describeEvent(linked, t)).toBe(
      'service-account-oa 于 2026-11-28 10:00 将组织「柳岸社区」交由 OA 同步来源「wecom」维护',
    );
  });
});
