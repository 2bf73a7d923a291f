import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, publication } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { ReviewPanel } from './ReviewPanel';

const deputy = me({
  username: 'deputy',
  displayName: '赵副书记',
  person: { ...me().person!, id: 9, name: '赵副书记' },
});
const waiting = publication({ allowedActions: ['approve', 'reject'] });

function backend() {
  return stubFetch((call) => {
    if (call.method === 'POST' && call.path === '/api/v1/publications/300/approve') {
      return json({ ...waiting, review: { ...waiting.review!, currentStep: 2 }, version: 6 });
    }
    if (call.method === 'POST' && call.path === '/api/v1/publications/300/reject') {
      return json({ ...waiting, status: 'DRAFT', review: null, version: 6 });
    }
    return undefined;
  });
}

describe('ReviewPanel', () => {
  it('enables approve only when every checklist item is ticked, and sends the answers', async () => {
    const calls = backend();
    await renderWithApp(<ReviewPanel publication={waiting} />, { me: deputy });
    const user = userEvent.setup();
    const approve = screen.getByRole('button', { name: /审核通过/ });

    expect(approve).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '涉密不公开、公开不涉密' }));
    expect(approve).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '事实、数据、人名已核实' }));
    expect(approve).toBeEnabled();

    await user.type(screen.getByLabelText('审核意见'), '同意发布');
    await user.click(approve);

    await waitFor(() => expect(calls.some((call) => call.path.endsWith('/approve'))).toBe(true));
    const sent = calls.find((call) => call.path.endsWith('/approve'))!;
    expect(sent.body).toEqual({
      version: 5,
      checklist: [
        { item: '涉密不公开、公开不涉密', confirmed: true },
        { item: '事实、数据、人名已核实', confirmed: true },
      ],
      comment: '同意发布',
    });
  });

  it('requires a comment to reject', async () => {
    const calls = backend();
    await renderWithApp(<ReviewPanel publication={waiting} />, { me: deputy });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /退回修改/ }));

    expect(await screen.findByText('退回须填写审核意见')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByLabelText('审核意见'), '第二段数据需核实');
    await user.click(screen.getByRole('button', { name: /退回修改/ }));

    await waitFor(() => expect(calls.some((call) => call.path.endsWith('/reject'))).toBe(true));
    expect(calls.find((call) => call.path.endsWith('/reject'))!.body).toEqual({
      version: 5,
      comment: '第二段数据需核实',
    });
  });

  it('shows the diff to the revision reviewed last', async () => {
    stubFetch((call) =>
      call.path === '/api/v1/publications/300/revisions/compare?from=1&to=2'
        ? json({
            from: 1,
            to: 2,
            fromHash: 'h1',
            toHash: 'h2',
            title: [{ kind: 'SAME', text: '城关街道开展消防安全检查' }],
            summary: [],
            body: [
              { kind: 'REMOVED', text: '检查商铺 30 家。' },
              { kind: 'ADDED', text: '检查商铺 32 家。' },
            ],
            attachments: [],
          })
        : undefined,
    );
    const rejected = publication({
      allowedActions: ['approve', 'reject'],
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
        comment: '数据有误',
        decidedAt: '2026-11-26T08:00:00Z',
      },
    });
    await renderWithApp(<ReviewPanel publication={rejected} />, { me: deputy });

    const diff = await screen.findByTestId('revision-diff');
    expect(diff).toHaveAttribute('data-from', '1');
    expect(screen.getByText('检查商铺 32 家。').closest('[data-kind]')).toHaveAttribute('data-kind', 'ADDED');
  });

  it("shows step 2's reviewer step 1's comment and answers, and that the revision is the one step 1 approved", async () => {
    stubFetch(() => undefined);
    const atStep2 = publication({
      allowedActions: ['approve', 'reject'],
      review: { ...waiting.review!, currentStep: 2, currentStepName: '主要领导审批' },
      approvals: [
        {
          id: 11,
          submission: 1,
          step: 1,
          stepName: '分管领导初审',
          role: 'DIRECT_RESPONSIBLE',
          decision: 'APPROVED',
          reviewer: { id: 9, name: '赵副书记' },
          revisionNumber: 2,
          contentHash: 'h2',
          checklist: [
            { item: '涉密不公开、公开不涉密', confirmed: true },
            { item: '事实、数据、人名已核实', confirmed: true },
          ],
          comment: '数据已核对，同意',
          decidedAt: '2026-11-27T03:00:00Z',
        },
      ],
    });
    await renderWithApp(<ReviewPanel publication={atStep2} />, { me: me() });

    const earlier = screen.getByTestId('earlier-review');
    expect(earlier).toHaveTextContent('第 1 步 分管领导初审：赵副书记');
    expect(earlier).toHaveTextContent('数据已核对，同意');
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual(['涉密不公开、公开不涉密', '事实、数据、人名已核实']);
    expect(within(earlier).getAllByLabelText('已确认')).toHaveLength(2);
    expect(screen.getByTestId('same-as-approved')).toHaveTextContent(
      '本版本（第 2 版）即第 1 步「分管领导初审」由 赵副书记 审核通过的版本，此后未作修改。',
    );
    expect(screen.queryByText('首次审核，无可比较的版本。')).toBeNull();
  });
});
