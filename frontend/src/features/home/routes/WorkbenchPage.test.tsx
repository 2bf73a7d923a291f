import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api-schema';
import { type Call, json, problem, stubFetch } from '@/test/fetch-stub';
import { dutyAssignment, me, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';

type Schemas = components['schemas'];

const street = { id: 10, code: 'JD-01', name: '城关街道' };
const community = { id: 20, code: 'SQ-01', name: '柳岸社区' };

const review = {
  id: 301,
  channel: { id: 5, name: '城关发布', type: 'WECHAT_OFFICIAL_ACCOUNT' },
  organization: street,
  title: '社区通知',
  status: 'IN_REVIEW',
  currentStep: 1,
  stepCount: 2,
  currentStepName: '分管领导审核',
  author: { id: 9, name: '张晓燕' },
  revisionNumber: 1,
  waitingSince: dayjs().subtract(3, 'day').subtract(2, 'hour').toISOString(),
  version: 2,
  updatedAt: dayjs().subtract(3, 'day').toISOString(),
} as Schemas['PublicationSummary'];

const obligation = (id: number, status: Schemas['ObligationStatus'], dueDate: string) =>
  ({
    id,
    version: 1,
    ruleId: 1,
    title: `意识形态工作专题会议 ${id}`,
    kind: 'MEETING',
    organization: street,
    period: '2026-Q4',
    periodStart: '2026-10-01',
    periodEnd: '2026-12-31',
    dueDate,
    minCount: 1,
    metCount: 0,
    status,
    responsible: [],
    fulfilmentIds: [],
  }) as Schemas['Obligation'];

const majorMatter = {
  id: 41,
  organizationName: community.name,
  recipientOrganizationName: street.name,
  title: '公众号被冒用',
  ackDeadline: dayjs().add(2, 'hour').toISOString(),
  ackOverdue: false,
} as Schemas['MajorMatter'];

const vacancies = {
  under: street,
  at: '2026-12-03',
  items: [{ organization: community, vacancy: { type: 'NO_LIAISON', description: '未明确联络员' } }],
} as Schemas['VacancyList'];

interface Answers {
  reviews?: unknown;
  duties?: unknown;
  obligations?: unknown;
  rectifications?: unknown;
  workReports?: unknown;
  majorMatters?: unknown;
  notifications?: unknown;
  vacancies?: unknown;
  verify?: Response;
  audit?: unknown;
}

const nothing: Required<Omit<Answers, 'verify'>> = {
  reviews: [],
  duties: { at: '2026-12-03', assignments: [], channels: [], scopes: [] },
  obligations: [],
  rectifications: { owned: [], toVerify: [] },
  workReports: { toSignOff: [], toAcknowledge: [], returned: [] },
  majorMatters: { toAcknowledge: [], open: [] },
  notifications: { items: [], unreadCount: 0 },
  vacancies: { under: street, at: '2026-12-03', items: [] },
  audit: { items: [] },
};

function serve(answers: Answers): Call[] {
  const all = { ...nothing, ...answers };
  const byPath: Record<string, unknown> = {
    '/api/v1/me/reviews': all.reviews,
    '/api/v1/me/duties': all.duties,
    '/api/v1/me/obligations': all.obligations,
    '/api/v1/me/rectifications': all.rectifications,
    '/api/v1/me/work-reports': all.workReports,
    '/api/v1/me/major-matters': all.majorMatters,
    '/api/v1/me/notifications': all.notifications,
    '/api/v1/vacancies': all.vacancies,
    '/api/v1/audit-events': all.audit,
  };
  return stubFetch((call) => {
    if (call.url.pathname === '/api/v1/audit-events/verify') return answers.verify;
    const body = byPath[call.url.pathname];
    return body === undefined ? undefined : json(body);
  });
}

// The page is lazy-loaded: its first render in a file transforms its modules, slow on a busy machine.
const LOADING = { timeout: 30_000 };
const block = (id: string) => screen.findByTestId(`home-block-${id}`, {}, LOADING);

describe('工作台', () => {
  it('is where a signed-in user lands, and the first menu entry', async () => {
    serve({});
    const { router } = await renderApp('/', me());
    await screen.findByTestId('workbench', {}, LOADING);
    expect(router.state.location.pathname).toBe('/workbench');
    const first = within(screen.getByTestId('side-menu')).getAllByRole('menuitem')[0];
    expect(first).toHaveTextContent('工作台');
    await waitFor(() => expect(document.title).toMatch(/^工作台/));
  });

  it("shows the secretary's inboxes with what waits, how long, and links to each page", async () => {
    const calls = serve({
      reviews: [review],
      duties: { at: '2026-12-03', assignments: [dutyAssignment()], channels: [], scopes: [] },
      obligations: [
        obligation(1, 'OVERDUE', dayjs().subtract(2, 'day').format('YYYY-MM-DD')),
        obligation(2, 'UPCOMING', dayjs().add(40, 'day').format('YYYY-MM-DD')),
        obligation(3, 'MET', dayjs().subtract(9, 'day').format('YYYY-MM-DD')),
      ],
      majorMatters: { toAcknowledge: [majorMatter], open: [] },
      notifications: {
        items: [
          {
            id: 3,
            type: 'REVIEW',
            title: '《社区通知》待您审核',
            link: '/publications/301',
            createdAt: review.updatedAt,
          },
        ],
        unreadCount: 1,
      },
      vacancies,
    });
    await renderApp('/workbench', me());

    const reviews = await block('reviews');
    expect(await within(reviews).findByRole('link', { name: '社区通知' })).toHaveAttribute(
      'href',
      '/publications/301',
    );
    expect(within(reviews).getByTestId('home-waited')).toHaveTextContent('已等待 3 天');
    expect(within(reviews).getByText('全部')).toHaveAttribute('href', '/me/reviews');
    expect(within(reviews).getByText(/分管领导审核/)).toBeInTheDocument();

    const obligations = await block('obligations');
    // only what is due or overdue, with how late it is
    expect(await within(obligations).findByText('意识形态工作专题会议 1')).toBeInTheDocument();
    expect(within(obligations).getByTestId('home-obligation-due')).toHaveTextContent('已逾期 2 天');
    expect(within(obligations).queryByText('意识形态工作专题会议 2')).toBeNull();
    expect(within(obligations).queryByText('意识形态工作专题会议 3')).toBeNull();
    expect(within(obligations).getByTestId('home-count-obligations')).toHaveTextContent('1');

    const duties = await block('duties');
    expect(await within(duties).findByText(/第一责任人 · 城关街道/)).toBeInTheDocument();

    const matters = await block('major-matters');
    expect(await within(matters).findByRole('link', { name: '公众号被冒用' })).toHaveAttribute(
      'href',
      '/major-matters/41',
    );
    expect(within(matters).getByText('待签收')).toBeInTheDocument();

    const gaps = await block('vacancies');
    expect(await within(gaps).findByText('未明确联络员')).toBeInTheDocument();
    expect(within(gaps).getByRole('link', { name: '柳岸社区' })).toHaveAttribute(
      'href',
      '/organizations/20/duties',
    );
    expect(within(gaps).getByText('全部')).toHaveAttribute(
      'href',
      '/responsibility-matrix?under=10&onlyProblems=1',
    );

    const notifications = await block('notifications');
    expect(
      await within(notifications).findByRole('link', { name: '《社区通知》待您审核' }),
    ).toBeInTheDocument();

    // the empty ones say what would appear there
    expect(await within(await block('rectifications')).findByText(/指定您为责任人/)).toBeInTheDocument();
    expect(await within(await block('work-reports')).findByText(/待您签发/)).toBeInTheDocument();

    // the auditor's blocks are not the secretary's, and the chain is not recomputed for them
    expect(screen.queryByTestId('home-block-verification')).toBeNull();
    expect(screen.queryByTestId('home-block-activity')).toBeNull();
    expect(calls.some((call) => call.url.pathname === '/api/v1/audit-events/verify')).toBe(false);
    expect(
      calls.find((call) => call.url.pathname === '/api/v1/vacancies')?.url.searchParams.get('under'),
    ).toBe('10');
  });

  it('says in each empty block what would appear there', async () => {
    serve({});
    await renderApp('/workbench', me());
    const expected: [string, RegExp][] = [
      ['reviews', /暂无待您审核的信息/],
      ['obligations', /没有到期或逾期的工作要求/],
      ['rectifications', /暂无由您负责或待您验收的整改/],
      ['work-reports', /暂无等待您的工作报告/],
      ['major-matters', /暂无等待您的重大事项/],
      ['vacancies', /责任已全部明确/],
      ['duties', /您目前没有在任的职责/],
      ['notifications', /暂无通知/],
    ];
    for (const [id, text] of expected) {
      const card = await block(id);
      await waitFor(() => expect(within(card).getByTestId(`home-empty-${id}`)).toHaveTextContent(text));
    }
  });

  it('shows a block that failed as such, and the others still', async () => {
    stubFetch((call) => {
      if (call.url.pathname === '/api/v1/me/reviews')
        return problem(500, { title: '服务器错误', detail: '数据库暂不可用' });
      return undefined;
    });
    await renderApp('/workbench', me());
    const reviews = await block('reviews');
    expect(await within(reviews).findByText('数据库暂不可用')).toBeInTheDocument();
    expect(within(reviews).getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });

  it('shows the auditor the verified chain and the recent activity, and no personal inbox', async () => {
    const calls = serve({
      verify: json({ ok: true, verified: 128, headSeq: 128, detail: 'ok' }),
      audit: {
        items: [
          {
            seq: 128,
            occurredAt: '2026-12-03T01:00:00Z',
            actorUsername: 'secretary',
            actorSubject: 'sub-secretary',
            action: 'organization.renamed',
            entityType: 'organization',
            entityId: '20',
            changes: { name: { before: '柳岸村', after: '柳岸社区' } },
            prevHash: 'a',
            hash: 'b',
          },
        ],
      },
    });
    const auditor = me({
      username: 'auditor',
      displayName: '纪委监督员',
      globalRoles: ['auditor'],
      // linked to a person, as the demo auditor is, but a member of no organization
      person: person({ id: 30, name: '纪委监督员', username: 'auditor' }),
      scope: [{ organizationId: 1, code: 'QU', name: '城关区', role: 'AUDITOR' }],
    });
    await renderApp('/workbench', auditor);

    const verification = await screen.findByTestId('home-verification');
    expect(verification).toHaveAttribute('data-ok', 'true');
    expect(verification).toHaveTextContent('审计链完整：已校验 128 条记录');
    const activity = await block('activity');
    expect(await within(activity).findByText(/柳岸社区/)).toBeInTheDocument();
    expect(within(activity).getByText('全部')).toHaveAttribute('href', '/audit');
    expect(await block('vacancies')).toBeInTheDocument();
    expect(await block('notifications')).toBeInTheDocument();
    for (const id of [
      'reviews',
      'duties',
      'obligations',
      'rectifications',
      'work-reports',
      'major-matters',
    ]) {
      expect(screen.queryByTestId(`home-block-${id}`)).toBeNull();
    }
    const asked = calls.map((call) => call.url.pathname);
    expect(asked).not.toContain('/api/v1/me/reviews');
    expect(asked).not.toContain('/api/v1/me/obligations');
  });

  it('tells the auditor when another verification is running', async () => {
    serve({ verify: problem(429, { title: 'Too Many Requests', detail: 'busy' }) });
    await renderApp('/workbench', me({ globalRoles: ['auditor'], person: undefined, scope: [] }));
    const verification = await screen.findByTestId('home-verification');
    expect(verification).toHaveAttribute('data-ok', 'busy');
    expect(verification).toHaveTextContent('另一项校验正在进行');
  });
});
