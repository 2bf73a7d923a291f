import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LeadingGroup } from '@/lib/api-types';
import { changeLanguage } from '@/lib/i18n';
import { renderWithApp } from '@/test/render';
import { LeadingGroupDocument } from './LeadingGroupDocument';

const group: LeadingGroup = {
  organizationId: 10,
  configured: true,
  name: '东湖街道网络意识形态工作领导小组',
  officeDepartment: { id: 12, name: '东湖街道党政办公室' },
  officeDirector: { id: 5, name: '张晓燕' },
  members: [
    { personId: 4, personName: '刘德胜', position: 'MEMBER', postText: '党工委委员、组织委员', sortOrder: 3 },
    { personId: 3, personName: '王建国', position: 'LEADER', postText: '党工委书记', sortOrder: 1 },
    { personId: 5, personName: '张晓燕', position: 'MEMBER', postText: '宣传干事', sortOrder: 4 },
    {
      personId: 2,
      personName: '李明华',
      position: 'DEPUTY',
      postText: '党工委副书记、街道办主任',
      sortOrder: 2,
    },
  ],
  version: 1,
};

describe('LeadingGroupDocument', () => {
  it('lists 组长, 副组长 and 成员 with their posts, then the office', async () => {
    await renderWithApp(<LeadingGroupDocument group={group} organizationName="东湖街道党工委" />);
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      '组长：王建国党工委书记',
      '副组长：李明华党工委副书记、街道办主任',
      '成员：刘德胜党工委委员、组织委员',
      '张晓燕宣传干事',
    ]);
    expect(screen.getByTestId('leading-group-office')).toHaveTextContent(
      '领导小组下设办公室，办公室设在东湖街道党政办公室，张晓燕同志任办公室主任',
    );
  });

  it('labels the positions with an ASCII colon in English', async () => {
    await renderWithApp(<LeadingGroupDocument group={group} organizationName="东湖街道党工委" />);
    await act(() => changeLanguage('en'));
    const heads = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(heads).toEqual(['Leader: ', 'Deputy leader: ', 'Member: ', '']);
  });
});
