import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { ObligationStatusTag } from './ObligationStatusTag';
import { acceptsFulfilment, isOpen, OBLIGATION_STATUSES, STATUS_COLORS } from './status';

describe('status tags', () => {
  it('colours each status as the office reads them', () => {
    expect(STATUS_COLORS).toEqual({
      OVERDUE: 'red',
      DUE: 'orange',
      MET: 'green',
      MET_LATE: 'gold',
      WAIVED: 'default',
      MISSED: '#820014',
      UPCOMING: 'blue',
    });
    expect([...OBLIGATION_STATUSES].sort()).toEqual(Object.keys(STATUS_COLORS).sort());
  });

  it.each([
    ['OVERDUE', '已逾期'],
    ['DUE', '待落实'],
    ['MET', '已落实'],
    ['MET_LATE', '逾期落实'],
    ['WAIVED', '已豁免'],
    ['MISSED', '未落实'],
    ['UPCOMING', '未到期'],
  ] as const)('names %s 「%s」', (status, text) => {
    initI18n('zh-CN');
    render(<ObligationStatusTag status={status} />);
    const tag = screen.getByTestId('obligation-status');
    expect(tag).toHaveTextContent(text);
    expect(tag).toHaveAttribute('data-status', status);
  });

  it('takes fulfilments until the period is closed or waived', () => {
    expect(isOpen('OVERDUE')).toBe(true);
    expect(isOpen('MET')).toBe(false);
    expect(acceptsFulfilment('MET')).toBe(true);
    expect(acceptsFulfilment('WAIVED')).toBe(false);
    expect(acceptsFulfilment('MISSED')).toBe(false);
  });
});
