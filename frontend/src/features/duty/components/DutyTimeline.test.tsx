import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dutyAssignment } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { DutyTimeline } from './DutyTimeline';

const current = dutyAssignment({
  id: 3,
  role: 'DIRECT_RESPONSIBLE',
  person: { id: 9, name: '张晓燕', active: true },
  validFrom: '2025-06-01',
});
const ended = dutyAssignment({
  id: 2,
  role: 'DIRECT_RESPONSIBLE',
  person: { id: 8, name: '李明华', active: true },
  validFrom: '2023-03-01',
  validTo: '2025-05-31',
  endReason: '工作调动',
});
const corrected = dutyAssignment({
  id: 1,
  role: 'FIRST_RESPONSIBLE',
  validFrom: '2024-01-01',
  correctionReason: '起始日期录入有误',
  correctedAt: '2025-02-03T06:30:00Z',
});
const allowed = { assign: true, handOver: true, end: true, correct: true, editSettings: true };
const none = { assign: false, handOver: false, end: false, correct: false, editSettings: false };

function entry(id: number): HTMLElement {
  return screen.getAllByTestId('duty-entry').find((element) => element.dataset.id === String(id))!;
}

describe('DutyTimeline', () => {
  it('groups entries by role in ledger order and marks ended and corrected ones', async () => {
    await renderWithApp(
      <DutyTimeline
        assignments={[current, ended, corrected]}
        actions={allowed}
        onEnd={vi.fn()}
        onCorrect={vi.fn()}
      />,
    );
    const timeline = screen.getByTestId('duty-timeline');
    const headings = within(timeline)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['第一责任人', '直接责任人']);

    expect(entry(2)).toHaveAttribute('data-state', 'ended');
    expect(within(entry(2)).getByText('已结束')).toBeInTheDocument();
    expect(within(entry(2)).getByText('2023-03-01 至 2025-05-31')).toBeInTheDocument();
    expect(within(entry(2)).getByText('结束原因：工作调动')).toBeInTheDocument();
    expect(within(entry(2)).queryByRole('button', { name: /结\s*束/ })).toBeNull();

    expect(entry(1)).toHaveAttribute('data-corrected', 'true');
    expect(within(entry(1)).getByText('已更正')).toBeInTheDocument();
    expect(within(entry(1)).getByText('更正原因：起始日期录入有误（2025-02-03 14:30）')).toBeInTheDocument();
    expect(
      within(entry(1)).getByText('依据：城关党工〔2024〕1号 《关于调整网络意识形态工作责任分工的通知》'),
    ).toBeInTheDocument();

    expect(entry(3)).toHaveAttribute('data-state', 'current');
    expect(within(entry(3)).getByText('2025-06-01 起至今')).toBeInTheDocument();
  });

  it('offers end on a held duty and correct on any, only to those who may', async () => {
    const onEnd = vi.fn();
    const { unmount } = await renderWithApp(
      <DutyTimeline assignments={[current, ended]} actions={allowed} onEnd={onEnd} onCorrect={vi.fn()} />,
    );
    await userEvent.setup().click(within(entry(3)).getByRole('button', { name: /结\s*束/ }));
    expect(onEnd).toHaveBeenCalledWith(current);
    expect(within(entry(2)).getByRole('button', { name: /更\s*正/ })).toBeInTheDocument();
    unmount();

    await renderWithApp(
      <DutyTimeline assignments={[current, ended]} actions={none} onEnd={vi.fn()} onCorrect={vi.fn()} />,
    );
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
