import type { Grade, GradeBand } from '../api/types';

/** What the scorer has entered for one item (points may still be empty). */
export interface ItemScore {
  maxPoints: number;
  veto: boolean;
  points: number | null | undefined;
  passed: boolean | null | undefined;
}

export interface LiveScore {
  total: number;
  /** Items still without points. */
  missing: number;
  /** A veto item (一票否决) marked failed: the grade is the lowest whatever the total. */
  vetoFailed: boolean;
  grade: Grade | undefined;
}

/** Points as the server adds them: two decimals, so 0.1 + 0.2 shows 0.3. */
export function sumPoints(values: number[]): number {
  return Math.round(values.reduce((sum, value) => sum + value, 0) * 100) / 100;
}

/** The lowest band: POOR when the template has it, else the band with the smallest minimum. */
export function lowestGrade(bands: GradeBand[]): Grade | undefined {
  if (bands.some((band) => band.grade === 'POOR')) return 'POOR';
  return [...bands].sort((a, b) => a.minPoints - b.minPoints)[0]?.grade;
}

/** The band a total falls in: the highest minimum it reaches; a failed veto item gives the lowest band. */
export function gradeOf(total: number, bands: GradeBand[], vetoFailed = false): Grade | undefined {
  if (vetoFailed) return lowestGrade(bands);
  const reached = bands.filter((band) => total >= band.minPoints).sort((a, b) => b.minPoints - a.minPoints);
  return reached[0]?.grade ?? lowestGrade(bands);
}

/** Total, grade and what is missing, as the scorer types: the server computes the same when saving. */
export function liveScore(items: ItemScore[], bands: GradeBand[]): LiveScore {
  const total = sumPoints(items.map((item) => item.points ?? 0));
  const vetoFailed = items.some((item) => item.veto && item.passed === false);
  const missing = items.filter((item) => item.points == null).length;
  return { total, missing, vetoFailed, grade: gradeOf(total, bands, vetoFailed) };
}

/** The most a template's items give. */
export function maxTotal(items: { maxPoints: number }[]): number {
  return sumPoints(items.map((item) => item.maxPoints));
}

/**
 * What is wrong with a template's grade bands, as i18n keys (inspection.template.bands.*): each grade
 * once, minimums strictly descending from 优秀 to 较差, 较差 at 0, none above the items' maximum.
 */
export function bandProblems(bands: GradeBand[], max: number): string[] {
  const problems: string[] = [];
  const grades = bands.map((band) => band.grade);
  if (new Set(grades).size !== grades.length) problems.push('duplicate');
  const order = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];
  const sorted = [...bands].sort((a, b) => order.indexOf(a.grade) - order.indexOf(b.grade));
  for (let i = 1; i < sorted.length; i++) {
    if (!(sorted[i].minPoints < sorted[i - 1].minPoints)) {
      problems.push('descending');
      break;
    }
  }
  const poor = bands.find((band) => band.grade === 'POOR');
  if (!poor || poor.minPoints !== 0) problems.push('poorZero');
  if (bands.some((band) => band.minPoints > max)) problems.push('aboveMax');
  return problems;
}
