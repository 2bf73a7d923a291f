import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const approval = (step: number, name: string, reviewer: string) => ({
  id: step,
  submission: 1,
  step,
  stepName: name,
  role: step === 1 ? 'DIRECT_RESPONSIBLE' : 'FIRST_RESPONSIBLE',
  decision: 'APPROVED',
  reviewer: { id: step + 8, name: reviewer },
  revisionNumber: 3,
  contentHash: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
  checklist: [{ item: '涉密不公开、公开不涉密', confirmed: true }],
  comment: step === 1 ? null : '同意发布',
  decidedAt: `2026-11-2${step}T02:00:00Z`,
});

function stubTrace() {
  stubFetch((call) =>
    call.url.pathname === '/api/v1/publications/300/trace'
      ? json({
          publication: {
            id: 300,
            channel: { id: 50, name: '城关发布', type: 'WECHAT_OFFICIAL_ACCOUNT' },
            organization: { id: 10, code: 'JD-01', name: '城关街道' },
            title: '城关街道开展消防安全检查',
            status: 'PUBLISHED',
            stepCount: 2,
            author: { id: 8, name: '李小编' },
            revisionNumber: 3,
            version: 9,
            updatedAt: '2026-11-23T02:00:00Z',
          },
          author: { id: 8, name: '李小编' },
          revisions: [{ number: 3, contentHash: 'c0ffee00'.repeat(8), createdAt: '2026-11-20T02:00:00Z' }],
          approvals: [approval(1, '分管领导初审', '赵副书记'), approval(2, '主要领导审批', '王建国')],
          reviews: [],
          publishedRevision: 3,
          publishedContentHash: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
          publishedAt: '2026-11-23T02:00:00Z',
          publishedBy: { id: 7, name: '王建国' },
          timeline: [],
        })
      : undefined,
  );
}

describe('ReviewFormPrintPage', () => {
  it('prints who wrote, who approved which revision with which answers and a line to sign, and who published', async () => {
    stubTrace();
    await renderApp('/publications/300/review-form', me());

    const sheet = await screen.findByTestId('review-form');
    expect(within(sheet).getByText('网络信息发布审核单')).toBeInTheDocument();
    expect(within(sheet).getByText('李小编')).toBeInTheDocument();
    const rows = within(sheet).getAllByTestId('review-form-approval');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('赵副书记');
    expect(rows[0]).toHaveTextContent('☑ 涉密不公开、公开不涉密');
    expect(rows[1]).toHaveTextContent('审核意见：同意发布');
    // step 1 wrote nothing: the form says so, it does not invent an 同意
    expect(within(rows[0]).getByTestId('review-form-opinion')).toHaveTextContent(/^审核意见：无$/);
    for (const row of rows) {
      expect(within(row).getByTestId('review-form-signature')).toHaveTextContent('审核人签字：日期：');
    }
    for (const row of rows) expect(row).toHaveAttribute('data-hash', expect.stringMatching(/^c0ffee/));
    expect(within(sheet).getByRole('button', { name: '打印' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent(/第 3 版（2026.+）SHA-256/);
    expect(rows[0]).toHaveTextContent(/^分管领导初审.+审核人：赵副书记\u3000审核时间：/, {
      normalizeWhitespace: false,
    });
  });

  it('prints the form in English without full-width punctuation', async () => {
    stubTrace();
    await renderApp('/publications/300/review-form', me());
    const sheet = await screen.findByTestId('review-form');
    await act(() => changeLanguage('en'));
    expect(sheet).toHaveTextContent(/Rev\. 3 \(.*2026.*\)SHA-256/);
    const rows = within(sheet).getAllByTestId('review-form-approval');
    expect(within(rows[1]).getByTestId('review-form-opinion')).toHaveTextContent(/: 同意发布$/);
    // the checklist item is the policy's own (Chinese) text, not ours
    const ours = (sheet.textContent ?? '').replaceAll('涉密不公开、公开不涉密', '');
    expect(ours).not.toMatch(/[：（）；、\u3000]/);
  });
});
