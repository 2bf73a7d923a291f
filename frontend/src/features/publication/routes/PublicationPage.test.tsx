import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Publication } from '@/lib/api-types';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, publication } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const editor = me({ username: 'editor', person: { ...me().person!, id: 8, name: '李小编' } });

function backend(item: Publication) {
  return stubFetch((call) => {
    if (call.url.pathname === '/api/v1/publications/300') return json(item);
    if (call.url.pathname === '/api/v1/publications/300/revisions') return json([]);
    if (call.url.pathname === '/api/v1/me/notifications') return json({ items: [], unreadCount: 0 });
    return undefined;
  });
}

async function actions() {
  return within(await screen.findByTestId('publication-actions'));
}

describe('PublicationPage', () => {
  it('offers only the actions the server allows: a draft to its author', async () => {
    backend(
      publication({ status: 'DRAFT', review: undefined, allowedActions: ['edit', 'attach', 'submit'] }),
    );
    await renderApp('/publications/300', editor);

    const bar = await actions();
    expect(bar.getByRole('button', { name: /提交审核/ })).toBeInTheDocument();
    expect(bar.getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
    expect(bar.queryByRole('button', { name: /发\s*布/ })).toBeNull();
    expect(bar.queryByRole('button', { name: /撤\s*稿/ })).toBeNull();
    expect(bar.queryByRole('button', { name: /撤回审核/ })).toBeNull();
    expect(screen.queryByTestId('review-panel')).toBeNull();
  });

  it('offers publish on an approved item and retract on a published one, nothing to a bystander', async () => {
    backend(publication({ status: 'APPROVED', allowedActions: ['publish'] }));
    const { unmount } = await renderApp('/publications/300', editor);
    let bar = await actions();
    expect(bar.getByRole('button', { name: /发\s*布/ })).toBeInTheDocument();
    expect(bar.queryByRole('button', { name: /提交审核/ })).toBeNull();
    unmount();

    backend(publication({ status: 'PUBLISHED', allowedActions: ['retract'] }));
    const second = await renderApp('/publications/300', editor);
    bar = await actions();
    expect(bar.getByRole('button', { name: /撤\s*稿/ })).toBeInTheDocument();
    expect(bar.queryByRole('button', { name: /发\s*布/ })).toBeNull();
    second.unmount();

    backend(publication({ status: 'IN_REVIEW', allowedActions: [] }));
    await renderApp('/publications/300', editor);
    bar = await actions();
    expect(bar.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByTestId('review-steps')).toBeInTheDocument();
  });

  it('names the people who can act on each step, and says when nobody holds the role', async () => {
    const item = publication({ allowedActions: [] });
    backend({
      ...item,
      review: {
        ...item.review!,
        holders: [
          {
            step: 1,
            people: [
              { id: 9, name: '赵副书记' },
              { id: 12, name: '钱委员' },
            ],
          },
          { step: 2, people: [] },
        ],
      },
    });
    await renderApp('/publications/300', editor);

    expect(await screen.findByTestId('step-holders-1')).toHaveTextContent('可办理：赵副书记、钱委员');
    expect(screen.getByTestId('step-holders-2')).toHaveTextContent('暂无人担任该职责');
  });

  it('shows the last rejection comment prominently to the author', async () => {
    backend(
      publication({
        status: 'DRAFT',
        review: undefined,
        allowedActions: ['edit', 'submit'],
        lastRejection: {
          id: 1,
          submission: 1,
          step: 1,
          stepName: '分管领导初审',
          role: 'DIRECT_RESPONSIBLE',
          decision: 'REJECTED',
          reviewer: { id: 9, name: '赵副书记' },
          revisionNumber: 1,
          contentHash: 'h1',
          checklist: [],
          comment: '第二段数据需核实',
          decidedAt: '2026-11-26T08:00:00Z',
        },
      }),
    );
    await renderApp('/publications/300', editor);

    const rejection = await screen.findByTestId('last-rejection');
    expect(within(rejection).getByText('第二段数据需核实')).toBeInTheDocument();
    expect(rejection).toHaveTextContent('您的稿件被退回：赵副书记（分管领导初审）');
  });
});
