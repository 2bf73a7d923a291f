import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { chooseOption } from '@/test/antd';
import { json, problem, stubFetch, type Call } from '@/test/fetch-stub';
import { dutyAssignment, person } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { HandoverFormModal } from './HandoverFormModal';

const street = { id: 10, code: 'JD-01', name: '城关街道' };
const deputy = dutyAssignment({
  id: 101,
  role: 'DIRECT_RESPONSIBLE',
  person: { id: 8, name: '李明华', active: true },
  validFrom: '2023-03-01',
});
const zhang = person({ id: 9, name: '张晓燕', post: '党工委委员', username: 'zhang' });

function peopleSearch(call: Call) {
  if (call.method !== 'GET' || call.url.pathname !== '/api/v1/people') return undefined;
  return json({ items: [zhang], total: 1, page: 0, size: 20 });
}

function formItemOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('HandoverFormModal', () => {
  it('sends role, new person, effective date (today by default) and basis, and names whose duty ends', async () => {
    const calls = stubFetch((call) => {
      if (call.method === 'POST' && call.path === '/api/v1/organizations/10/handover') {
        return json(
          {
            ended: [{ ...deputy, validTo: dayjs().subtract(1, 'day').format('YYYY-MM-DD') }],
            started: dutyAssignment({
              id: 102,
              role: 'DIRECT_RESPONSIBLE',
              person: { id: 9, name: '张晓燕', active: true },
            }),
          },
          201,
        );
      }
      return peopleSearch(call);
    });
    const onDone = vi.fn();
    await renderWithApp(
      <HandoverFormModal organization={street} assignments={[deputy]} onClose={vi.fn()} onDone={onDone} />,
    );
    const user = userEvent.setup();
    const form = screen.getByTestId('handover-form');

    await chooseOption(user, within(form).getByLabelText('职责'), '直接责任人');
    expect(screen.getByTestId('handover-outgoing')).toHaveTextContent('李明华 的任职将于');
    await chooseOption(user, within(form).getByLabelText('接任人员'), '张晓燕（党工委委员）', '张');
    await user.type(within(form).getByLabelText('依据文号'), '城关党工〔2026〕5号');
    await user.click(screen.getByRole('button', { name: /确认交接/ }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.body).toEqual({
      role: 'DIRECT_RESPONSIBLE',
      personId: 9,
      effectiveDate: dayjs().format('YYYY-MM-DD'),
      basis: { documentNumber: '城关党工〔2026〕5号' },
    });
  });

  it('offers 更正 when the holder starts on the effective day, and never predicts an end before a start', async () => {
    const today = dayjs().format('YYYY-MM-DD');
    const sameDay = { ...deputy, validFrom: today, version: 4 };
    const calls = stubFetch((call) => {
      if (call.method === 'POST' && call.path === '/api/v1/duty-assignments/101/correct') {
        return json({ ...sameDay, person: { id: 9, name: '张晓燕', active: true }, version: 5 });
      }
      if (call.path === '/api/v1/organizations/10/duty-candidates/9') {
        return json({ organizationId: 10, person: { id: 9, name: '张晓燕', active: true }, inLine: true });
      }
      return peopleSearch(call);
    });
    const onDone = vi.fn();
    await renderWithApp(
      <HandoverFormModal
        organization={street}
        assignments={[sameDay]}
        initialRole="DIRECT_RESPONSIBLE"
        onClose={vi.fn()}
        onDone={onDone}
      />,
    );
    const user = userEvent.setup();
    const form = screen.getByTestId('handover-form');

    const prediction = screen.getByTestId('handover-outgoing');
    expect(prediction).toHaveAttribute('data-mode', 'correct');
    expect(prediction).toHaveTextContent('李明华 的任职于');
    expect(prediction).toHaveTextContent('当天才开始');
    expect(prediction).not.toHaveTextContent('将于');
    await chooseOption(user, within(form).getByLabelText('接任人员'), '张晓燕（党工委委员）', '张');
    expect(screen.queryByTestId('handover-out-of-line')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /确认更正/ }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.some((call) => call.path.endsWith('/handover'))).toBe(false);
    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.body).toMatchObject({
      version: 4,
      personId: 9,
      role: 'DIRECT_RESPONSIBLE',
      validFrom: today,
      reason: expect.stringContaining('李明华'),
      basis: deputy.basis,
      scopeOrganizationIds: [],
    });
  });

  it('warns before the hand-over about a candidate out of the organization line', async () => {
    stubFetch((call) => {
      if (call.path === '/api/v1/organizations/10/duty-candidates/9') {
        return json({
          organizationId: 10,
          person: { id: 9, name: '张晓燕', active: true },
          inLine: false,
          vacancy: 'HOLDER_NOT_MEMBER',
        });
      }
      return peopleSearch(call);
    });
    await renderWithApp(
      <HandoverFormModal organization={street} assignments={[deputy]} onClose={vi.fn()} onDone={vi.fn()} />,
    );
    const user = userEvent.setup();
    await chooseOption(
      user,
      within(screen.getByTestId('handover-form')).getByLabelText('接任人员'),
      '张晓燕（党工委委员）',
      '张',
    );

    expect(await screen.findByTestId('handover-out-of-line')).toHaveTextContent(
      '该人员不在本组织的条线中（本组织及其上级、下级均无其所属关系），交接后责任矩阵将显示为空缺',
    );
    expect(screen.getByTestId('handover-candidate-out-of-line')).toBeInTheDocument();
  });

  it('translates the server refusing a same-day hand-over and points to 更正', async () => {
    stubFetch((call) =>
      call.method === 'POST'
        ? problem(409, {
            type: 'https://dutyledger.org/problems/duty-conflict',
            title: 'Conflicting duty assignment',
            detail: 'a hand-over effective 2026-12-03 cannot end assignment 100',
            errors: [
              {
                field: 'effectiveDate',
                code: 'handover-same-day',
                args: { assignmentId: 100, holder: '王建国', role: 'FIRST_RESPONSIBLE', from: '2026-12-03' },
                message: 'the duty of 王建国 (assignment 100) begins on 2026-12-03',
              },
            ],
          })
        : peopleSearch(call),
    );
    await renderWithApp(
      <HandoverFormModal organization={street} assignments={[]} onClose={vi.fn()} onDone={vi.fn()} />,
    );
    const user = userEvent.setup();
    const form = screen.getByTestId('handover-form');
    await chooseOption(user, within(form).getByLabelText('接任人员'), '张晓燕（党工委委员）', '张');
    await user.click(screen.getByRole('button', { name: /确认交接/ }));

    expect(await screen.findByTestId('handover-refused')).toHaveTextContent(
      '服务器拒绝了交接：王建国 的任职于 2026-12-03 当天才开始。请改用更正，或选择之后的生效日期。',
    );
  });

  it('shows a duty conflict next to the effective date', async () => {
    stubFetch((call) =>
      call.method === 'POST'
        ? problem(409, {
            type: 'https://dutyledger.org/problems/duty-conflict',
            title: 'Conflicting duty assignment',
            detail: 'an organization has one FIRST_RESPONSIBLE on any day: assignment 100',
            errors: [
              {
                field: 'validFrom',
                code: 'overlaps',
                args: {
                  assignmentId: 100,
                  holder: '王建国',
                  role: 'FIRST_RESPONSIBLE',
                  from: '2024-01-01',
                  to: '',
                },
                message: '与任职 100（王建国，FIRST_RESPONSIBLE，2024-01-01 – ）时间重叠',
              },
            ],
          })
        : peopleSearch(call),
    );
    await renderWithApp(
      <HandoverFormModal organization={street} assignments={[]} onClose={vi.fn()} onDone={vi.fn()} />,
    );
    const user = userEvent.setup();
    const form = screen.getByTestId('handover-form');

    await chooseOption(user, within(form).getByLabelText('接任人员'), '张晓燕（党工委委员）', '张');
    await user.click(screen.getByRole('button', { name: /确认交接/ }));

    expect(
      await within(formItemOf('生效日期')).findByText('与 王建国 的任职（2024-01-01 起）期间重叠'),
    ).toBeInTheDocument();
  });
});
