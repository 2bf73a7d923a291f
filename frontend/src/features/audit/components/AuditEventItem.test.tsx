import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/lib/api-types';
import { changeLanguage } from '@/lib/i18n';
import { renderWithApp } from '@/test/render';
import { AuditEventItem } from './AuditEventItem';

// 10:00 in Beijing; the test process runs with TZ=Asia/Shanghai (see vite.config.ts)
const renamed: AuditEvent = {
  seq: 42,
  occurredAt: '2026-11-28T02:00:00Z',
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
};

function rowOf(field: string): HTMLElement {
  return screen.getByRole('cell', { name: field }).closest('tr') as HTMLElement;
}

describe('AuditEventItem', () => {
  it('tells who changed what and when, as a sentence', async () => {
    await renderWithApp(<AuditEventItem event={renamed} actorName="王建国" />);
    expect(screen.getByText('王建国 于 2026-11-28 10:00 修改了组织「柳岸新村社区」')).toBeInTheDocument();
  });

  it('shows each changed field with its value before and after', async () => {
    await renderWithApp(<AuditEventItem event={renamed} actorName="王建国" />);
    const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['字段', '修改前', '修改后']);

    const name = within(rowOf('名称'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(name).toEqual(['名称', '柳岸社区', '柳岸新村社区']);
    const type = within(rowOf('类型'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(type).toEqual(['类型', '村', '社区']);
    const shortName = within(rowOf('简称'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(shortName).toEqual(['简称', '—', '柳岸']);
  });

  it('falls back to the login name and to the action for unknown verbs', async () => {
    await renderWithApp(
      <AuditEventItem
        event={{ ...renamed, action: 'organization.archived', actorPersonId: undefined, changes: {} }}
      />,
    );
    expect(
      screen.getByText('secretary 于 2026-11-28 10:00 执行了「organization.archived」组织「#20」'),
    ).toBeInTheDocument();
    expect(screen.getByText('无字段变化')).toBeInTheDocument();
  });

  it('words membership changes as a person would', async () => {
    await renderWithApp(
      <AuditEventItem
        event={{
          ...renamed,
          action: 'person.memberships-replaced',
          entityType: 'person',
          entityId: '9',
          changes: { memberships: { before: 'JD-01 STAFF (primary)', after: 'SQ-01 MEMBER (primary)' } },
        }}
        actorName="王建国"
        entityName="李明华"
      />,
    );
    expect(screen.getByText('王建国 于 2026-11-28 10:00 调整了人员「李明华」的所属组织')).toBeInTheDocument();
    const row = within(rowOf('所属组织'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(row).toEqual(['所属组织', 'JD-01 STAFF (primary)', 'SQ-01 MEMBER (primary)']);
  });

  it('speaks English when the language is English', async () => {
    await renderWithApp(<AuditEventItem event={renamed} actorName="Wang Jianguo" />);
    await changeLanguage('en');
    expect(
      await screen.findByText('Wang Jianguo changed organization “柳岸新村社区” on Nov 28, 2026 10:00'),
    ).toBeInTheDocument();
  });
});
