import { describe, expect, it } from 'vitest';
import type { Obligation } from '../api/types';
import { byDueMonth } from './calendar';

const instance = (id: number, dueDate: string, title = `要求${id}`) =>
  ({ id, dueDate, title }) as unknown as Obligation;

describe('the year calendar', () => {
  it('puts each instance in the month it is due, sorted, and leaves other years out', () => {
    const months = byDueMonth(
      [
        instance(1, '2026-06-30'),
        instance(2, '2026-03-31'),
        instance(3, '2026-06-15'),
        instance(4, '2027-01-31'),
      ],
      2026,
    );
    expect(months).toHaveLength(12);
    expect(months[5].obligations.map((o) => o.id)).toEqual([3, 1]);
    expect(months[2].obligations.map((o) => o.id)).toEqual([2]);
    expect(months.flatMap((m) => m.obligations)).toHaveLength(3);
  });
});
