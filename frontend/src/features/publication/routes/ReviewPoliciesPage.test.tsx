import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReviewPolicy } from '@/lib/api-types';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { me } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const steps = [
  { name: '分管领导初审', role: 'DIRECT_RESPONSIBLE' as const, checklist: ['涉密不公开、公开不涉密'] },
  { name: '主要领导审批', role: 'FIRST_RESPONSIBLE' as const, checklist: ['涉密不公开、公开不涉密'] },
];
const own: ReviewPolicy = {
  id: 5,
  organization: { id: 10, code: 'JD-01', name: '城关街道' },
  currentVersion: 2,
  steps,
  allowSamePersonMultipleSteps: false,
  versions: [],
  version: 3,
  createdAt: '2026-11-01T02:00:00Z',
  updatedAt: '2026-11-20T02:00:00Z',
};

describe('ReviewPoliciesPage', () => {
  it('shows the policy in force and saves a new version of the organization policy', async () => {
    const calls = stubFetch((call) => {
      if (call.url.pathname === '/api/v1/review-policies/effective') {
        return json({
          source: 'ORGANIZATION',
          policyId: 5,
          versionNumber: 2,
          steps,
          allowSamePersonMultipleSteps: false,
        });
      }
      if (call.method === 'GET' && call.url.pathname === '/api/v1/review-policies') return json([own]);
      if (call.method === 'PUT' && call.url.pathname === '/api/v1/review-policies/5') {
        return json({ ...own, allowSamePersonMultipleSteps: true, version: 4, currentVersion: 3 });
      }
      return undefined;
    });
    await renderApp('/review-policies?organizationId=10', me());
    const user = userEvent.setup();

    const effective = await screen.findByTestId('effective-policy');
    expect(within(effective).getByText('单位流程')).toBeInTheDocument();
    expect(within(effective).getByText('分管领导初审')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: /修改本单位审核流程/ }));
    const form = await screen.findByTestId('policy-form');
    await user.click(within(form).getByRole('switch'));
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({
      version: 3,
      steps,
      allowSamePersonMultipleSteps: true,
    });
  });

  it('says who may change a policy when the server refuses the editor, and that the principal leader stays', async () => {
    let answer: 'editor' | 'step' = 'editor';
    stubFetch((call) => {
      if (call.url.pathname === '/api/v1/review-policies/effective') {
        return json({
          source: 'ORGANIZATION',
          policyId: 5,
          versionNumber: 2,
          steps,
          allowSamePersonMultipleSteps: false,
        });
      }
      if (call.method === 'GET' && call.url.pathname === '/api/v1/review-policies') return json([own]);
      if (call.method === 'PUT' && call.url.pathname === '/api/v1/review-policies/5') {
        return answer === 'editor'
          ? problem(403, {
              type: 'https://dutyledger.org/problems/review-policy-editor',
              title: 'Not a review policy editor',
              status: 403,
              detail: 'A review policy is set or changed only by ...',
            })
          : problem(422, {
              type: 'https://dutyledger.org/problems/principal-leader-step',
              title: "Principal leader's approval required",
              status: 422,
              detail: 'A review policy keeps a step for the FIRST_RESPONSIBLE ...',
              errors: [
                { field: 'steps', code: 'principal-leader-step', message: '须保留由主要领导审批的步骤' },
              ],
            });
      }
      return undefined;
    });
    await renderApp('/review-policies?organizationId=10', me());
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /修改本单位审核流程/ }));
    const form = await screen.findByTestId('policy-form');
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(/只有本单位的第一责任人、直接责任人/)).toBeInTheDocument();

    answer = 'step';
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(/须保留由第一责任人审批的步骤/)).toBeInTheDocument();
  });
});
