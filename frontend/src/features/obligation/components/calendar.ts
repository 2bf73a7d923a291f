import type { Obligation } from '../api/types';

/** The twelve months of the year, each with the instances due in it (by due date, then title). */
export function byDueMonth(
  obligations: Obligation[],
  year: number,
): { month: number; obligations: Obligation[] }[] {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, obligations: [] as Obligation[] }));
  for (const obligation of obligations) {
    if (Number(obligation.dueDate.slice(0, 4)) !== year) continue;
    months[Number(obligation.dueDate.slice(5, 7)) - 1].obligations.push(obligation);
  }
  for (const entry of months) {
    entry.obligations.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  }
  return months;
}
