import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ResponsibilityMatrix } from '@/lib/api-types';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const street = organization({ id: 10, code: 'JD-01', name: '城关街道' });
const roles = [
  'FIRST_RESPONSIBLE',
  'DIRECT_RESPONSIBLE',
  'PROPAGANDA_OFFICER',
  'MEMBER_DUAL_DUTY',
  'LIAISON',
  'INFORMATION_OFFICER',
  'CHANNEL_ADMIN',
] as const;
const emptyCells = Object.fromEntries(roles.map((role) => [role, []]));

const streetRow = {
  organizationId: 10,
  code: 'JD-01',
  name: '城关街道',
  depth: 1,
  parentId: 1,
  pathNames: ['城关区'],
  cells: {
    ...emptyCells,
    FIRST_RESPONSIBLE: [{ assignmentId: 1, personId: 7, personName: '王建国', validFrom: '2024-01-01' }],
    DIRECT_RESPONSIBLE: [{ assignmentId: 2, personId: 8, personName: '李明华', validFrom: '2023-03-01' }],
    LIAISON: [{ assignmentId: 3, personId: 9, personName: '张晓燕', validFrom: '2023-03-01' }],
  },
  vacancies: [],
};
const communityRow = {
  organizationId: 20,
  code: 'SQ-01',
  name: '柳岸社区',
  depth: 2,
  parentId: 10,
  pathNames: ['城关区', '城关街道'],
  cells: {
    ...emptyCells,
    FIRST_RESPONSIBLE: [{ assignmentId: 4, personId: 11, personName: '赵文', validFrom: '2024-01-01' }],
  },
  vacancies: [
    { type: 'NO_DIRECT_RESPONSIBLE', role: 'DIRECT_RESPONSIBLE', description: '未明确直接责任人' },
    { type: 'NO_LIAISON', role: 'LIAISON', description: '未明确联络员' },
  ],
};

/** The server pages: rows past the first two are communities named 社区N without holders. */
function matrix(size: number, onlyProblems: boolean, offset: number, limit: number): ResponsibilityMatrix {
  const total = onlyProblems ? 1 : size;
  const all = (index: number) =>
    index === 0
      ? streetRow
      : index === 1
        ? communityRow
        : {
            ...communityRow,
            organizationId: 100 + index,
            code: `SQ-${index}`,
            name: `社区${index}`,
            cells: emptyCells,
            vacancies: [],
          };
  const rows = onlyProblems
    ? [communityRow]
    : Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => all(offset + i));
  return {
    under: { id: 10, code: 'JD-01', name: '城关街道' },
    at: '2026-12-01',
    roles: [...roles],
    rows,
    vacancyCount: 2,
    total,
    organizationCount: size,
    problemCount: 1,
    offset,
  } as ResponsibilityMatrix;
}

function backend(size = 2) {
  return stubFetch((call) => {
    const { pathname, searchParams } = call.url;
    if (pathname === '/api/v1/organizations/10') return json(street);
    if (pathname === '/api/v1/organizations') return json({ items: [street], total: 1, page: 0, size: 20 });
    if (pathname === '/api/v1/responsibility-matrix') {
      return json(
        matrix(
          size,
          searchParams.get('onlyProblems') === 'true',
          Number(searchParams.get('offset') ?? 0),
          Number(searchParams.get('limit') ?? 100),
        ),
      );
    }
    return undefined;
  });
}

function row(name: string): HTMLElement {
  return within(screen.getByTestId('matrix-table'))
    .getAllByRole('row')
    .find((element) => element.textContent?.includes(name))!;
}

describe('ResponsibilityMatrixPage', () => {
  it('starts at the user scope, shows holders by role and the vacancies in red', async () => {
    const calls = backend();
    await renderApp('/responsibility-matrix', me());

    await within(await screen.findByTestId('matrix-table')).findByText('赵文');
    const matrixCall = calls.find((call) => call.url.pathname === '/api/v1/responsibility-matrix')!;
    expect(matrixCall.url.searchParams.get('under')).toBe('10');
    expect(matrixCall.url.searchParams.has('onlyProblems')).toBe(false);
    expect(matrixCall.url.searchParams.get('limit')).toBe('100');
    expect(matrixCall.url.searchParams.has('offset')).toBe(false);

    expect(screen.getByTestId('matrix-vacancy-count')).toHaveTextContent('2');
    expect(within(row('城关街道')).getByText('王建国')).toBeInTheDocument();
    expect(within(row('城关街道')).queryAllByTestId('vacancy')).toHaveLength(0);

    const problems = within(row('柳岸社区')).getAllByTestId('vacancy');
    expect(problems.map((tag) => tag.textContent)).toEqual(['未明确直接责任人', '未明确联络员']);
    expect(problems[0]).toHaveClass('ant-tag-red');
    expect(row('柳岸社区').querySelectorAll('[data-vacant="true"]')).toHaveLength(2);
  });

  it('names what each export holds: the matrix as shown, or the assignments as a template', async () => {
    backend();
    await renderApp('/responsibility-matrix', me());
    await within(await screen.findByTestId('matrix-table')).findByText('王建国');

    expect(screen.getByTestId('matrix-export')).toHaveTextContent(/导出责任矩阵（Excel）/);
    expect(screen.getByTestId('duty-export')).toHaveTextContent(/导出责任分工表/);
    expect(screen.queryByText(/^导出 ?Excel$/)).toBeNull();
  });

  it('asks only for the rows with problems when the switch is on', async () => {
    const calls = backend();
    await renderApp('/responsibility-matrix', me());
    const table = await screen.findByTestId('matrix-table');
    await within(table).findByText('王建国');

    await userEvent.setup().click(screen.getByRole('switch', { name: '只看问题' }));

    await waitFor(() => expect(within(table).queryByText('王建国')).toBeNull());
    expect(within(table).getByText('赵文')).toBeInTheDocument();
    const last = calls.filter((call) => call.url.pathname === '/api/v1/responsibility-matrix').at(-1)!;
    expect(last.url.searchParams.get('onlyProblems')).toBe('true');
    expect(screen.getByTestId('matrix-only-problems')).toBeChecked();
  });

  it('pages through the rows on the server, the vacancy count staying that of the whole subtree', async () => {
    const calls = backend(250);
    await renderApp('/responsibility-matrix', me());
    const table = await screen.findByTestId('matrix-table');
    await within(table).findByText('王建国');
    expect(screen.getByText('共 250 条')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByTitle('3'));

    await within(table).findByText('社区200');
    expect(within(table).queryByText('王建国')).toBeNull();
    const last = calls.filter((call) => call.url.pathname === '/api/v1/responsibility-matrix').at(-1)!;
    expect(last.url.searchParams.get('offset')).toBe('200');
    expect(last.url.searchParams.get('limit')).toBe('100');
    expect(screen.getByTestId('matrix-vacancy-count')).toHaveTextContent('2');
  }, 60_000); // renders a full page of 100 rows
});
