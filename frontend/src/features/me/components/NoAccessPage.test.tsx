import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeGate } from '@/app/MeGate';
import { me, person } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';

describe('MeGate and NoAccessPage', () => {
  it('tells a user without a person record whom to ask', async () => {
    await renderWithApp(<MeGate>app</MeGate>, {
      me: me({ person: undefined, scope: [], username: 'newcomer' }),
    });
    expect(screen.getByText('尚未开通使用权限')).toBeInTheDocument();
    expect(screen.getByText('您的账号（newcomer）还没有关联到人员档案。')).toBeInTheDocument();
    expect(screen.getByText(/请联系管理员/)).toBeInTheDocument();
    expect(screen.queryByText('app')).toBeNull();
  });

  it('tells a person without memberships the same, and shows the app to everyone else', async () => {
    const { unmount } = await renderWithApp(<MeGate>app</MeGate>, {
      me: me({ person: person(), scope: [] }),
    });
    expect(screen.getByText('您的人员档案还没有所属组织，因此看不到任何组织的台账。')).toBeInTheDocument();
    unmount();
    await renderWithApp(<MeGate>app</MeGate>, { me: me() });
    expect(screen.getByText('app')).toBeInTheDocument();
  });
});
