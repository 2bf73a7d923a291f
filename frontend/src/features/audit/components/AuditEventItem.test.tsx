import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/lib/api-types';
import { changeLanguage } from '@/lib/i18n';
import { renderWithApp } from '@/test/render';
import { AuditEventItem } from './AuditEventItem';

const renamed: AuditEvent = {
  seq: 42,
  occurredAt: '2026-11-28T02:00:00Z',
  occurredAtLocal: '2026-11-28T10:00:00',
  actorSubject: 'sub-secretary',
  actorUsername: 'secretary',
  actorPersonId: 7,
  action: 'organization.updated',
  entityType: 'organization',
  entityId: '20',
  organizationId: 20,
  requestId: 'req-1',
  changes: {
    name: { before: '柳岸社区', after: '柳岸新村社区' },
    type: { before: 'VILLAGE', after: 'COMMUNITY' },
    shortName: { before: null, after: '柳岸' },
  },
  prevHash: 'aa',
  hash: 'bb'.repeat(32),
  names: {
    entity: '柳岸新村社区',
    actor: '王建国',
    organization: '柳岸新村社区',
    organizations: {},
    people: {},
  },
};

function rowOf(field: string): HTMLElement {
  return screen.getByRole('cell', { name: field }).closest('tr') as HTMLElement;
}

describe('AuditEventItem', () => {
  it('tells who changed what and when, as a sentence, and names the action', async () => {
    await renderWithApp(<AuditEventItem event={renamed} />);
    expect(screen.getByText('王建国 于 2026-11-28 10:00 修改了组织「柳岸新村社区」')).toBeInTheDocument();
    expect(screen.getByText('修改组织')).toBeInTheDocument();
    expect(screen.queryByText('organization.updated')).not.toBeInTheDocument();
  });

  it('shows each changed field with its value before and after', async () => {
    await renderWithApp(<AuditEventItem event={renamed} />);
    const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['字段', '修改前', '修改后']);
    const cells = (field: string) =>
      within(rowOf(field))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('名称')).toEqual(['名称', '柳岸社区', '柳岸新村社区']);
    expect(cells('类型')).toEqual(['类型', '村', '社区']);
    expect(cells('简称')).toEqual(['简称', '—', '柳岸']);
  });

  it('falls back to the login name and to the action for unknown actions', async () => {
    await renderWithApp(
      <AuditEventItem
        event={{
          ...renamed,
          action: 'organization.archived',
          actorPersonId: undefined,
          changes: {},
          names: { entity: '柳岸新村社区', organizations: {}, people: {} },
        }}
      />,
    );
    expect(
      screen.getByText('secretary 于 2026-11-28 10:00 执行了「organization.archived」组织「柳岸新村社区」'),
    ).toBeInTheDocument();
    expect(screen.getByText('无字段变化')).toBeInTheDocument();
  });

  it('words membership changes and the people and organizations they name as a person would', async () => {
    await renderWithApp(
      <AuditEventItem
        event={{
          ...renamed,
          action: 'person.memberships-replaced',
          entityType: 'person',
          entityId: '16',
          changes: {
            memberships: {
              before: 'JD-01 城关街道 STAFF (primary)',
              after: 'SQ-01 柳岸社区 MEMBER (primary)',
            },
          },
          names: { entity: '李明华', actor: '王建国', organizations: {}, people: {} },
        }}
      />,
    );
    expect(screen.getByText('王建国 于 2026-11-28 10:00 调整了人员「李明华」的所属组织')).toBeInTheDocument();
    const row = within(rowOf('所属组织'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(row).toEqual(['所属组织', '城关街道（工作人员，主要）', '柳岸社区（成员，主要）']);
  });

  it('speaks English when the language is English', async () => {
    await renderWithApp(
      <AuditEventItem event={{ ...renamed, names: { ...renamed.names, actor: 'Wang Jianguo' } }} />,
    );
    await changeLanguage('en');
    expect(
      await screen.findByText('Wang Jianguo changed organization “柳岸新村社区” on Nov 28, 2026 10:00'),
    ).toBeInTheDocument();
  });
});
