import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { dutyAssignment } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { DutyTimeline } from './DutyTimeline';

const handedOver = dutyAssignment({
  id: 2,
  role: 'DIRECT_RESPONSIBLE',
  person: { id: 8, name: '李明华', active: true },
  validFrom: '2023-03-01',
  validTo: '2025-05-31',
  endReasonCode: 'HANDED_OVER',
  successor: { assignmentId: 3, person: { id: 9, name: '张晓燕', active: true }, validFrom: '2025-06-01' },
});
const ended = dutyAssignment({
  id: 4,
  role: 'LIAISON',
  validFrom: '2023-03-01',
  validTo: '2024-12-31',
  endReasonCode: 'ENDED',
  endReason: '调任',
});
const closed = dutyAssignment({
  id: 5,
  role: 'CHANNEL_ADMIN',
  validFrom: '2023-03-01',
  validTo: '2024-12-31',
  endReasonCode: 'CHANNEL_CLOSED',
  endReason: '停用',
});
const none = { assign: false, handOver: false, end: false, correct: false, editSettings: false };

function reasons(): string[] {
  return screen.getAllByTestId('duty-end-reason').map((element) => element.textContent ?? '');
}

describe('end reasons', () => {
  afterEach(async () => {
    await act(() => changeLanguage('zh-CN'));
  });

  it('words the stored code in the reader language, with the successor named', async () => {
    await renderWithApp(
      <DutyTimeline
        assignments={[handedOver, ended, closed]}
        actions={none}
        onEnd={vi.fn()}
        onCorrect={vi.fn()}
      />,
    );
    expect(reasons()).toEqual([
      '结束原因：交接给 张晓燕（自 2025-06-01 起）',
      '结束原因：调任',
      '结束原因：阵地已关闭：停用',
    ]);

    await act(() => changeLanguage('en'));
    expect(reasons()[0]).toMatch(/^Ended because: Handed over to 张晓燕 \(from .*2025.*\)$/);
    expect(reasons()[0]).not.toMatch(/交接|（|：/);
    expect(reasons()[2]).toBe('Ended because: Channel closed: 停用');
  });
});
