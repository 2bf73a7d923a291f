import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, organization } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { WorkReport } from '../api/types';

const report: WorkReport = {
  id: 5,
  version: 4,
  organizationId: 20,
  organizationName: '柳岸社区',
  recipientOrganizationId: 10,
  recipientOrganizationName: '东湖街道',
  copyOrganizationIds: [30, 31],
  kind: 'SEMIANNUAL',
  period: '2026-H2',
  title: '柳岸社区2026年下半年意识形态工作专题汇报',
  form: 'WRITTEN',
  progress: '<p>开展分析研判两次</p>',
  problems: '<p>微信群管理不到位</p>',
  plans: '<p>加强群主培训</p>',
  status: 'SUBMITTED',
  dueOn: '2026-12-31',
  late: false,
  createdAt: '2026-12-01T02:00:00Z',
  createdByName: '赵桂兰',
  signedOffAt: '2026-12-05T02:00:00Z',
  signedOffByName: '王建国',
  submittedAt: '2026-12-06T02:00:00Z',
  sources: [],
  attachments: [],
};

const FULL_WIDTH = /[：（）；、\u3000]/;

async function renderReport() {
  stubFetch(({ url }) => {
    if (url.pathname === '/api/v1/work-reports/5') return json(report);
    if (url.pathname === '/api/v1/organizations/30') return json(organization({ id: 30, name: '宣传部' }));
    if (url.pathname === '/api/v1/organizations/31') return json(organization({ id: 31, name: '网信办' }));
    return undefined;
  });
  await renderApp('/work-reports/5/print', me());
  const sheet = await screen.findByTestId('work-report-print', {}, { timeout: 15000 });
  await within(sheet).findByText(/网信办/);
  return sheet;
}

describe('WorkReportPrintPage', () => {
  it('prints the report as offices file it, with full-width punctuation in Chinese', async () => {
    const sheet = await renderReport();
    expect(within(sheet).getByTestId('print-recipient')).toHaveTextContent(/^东湖街道：$/);
    expect(within(sheet).getByRole('heading', { level: 3, name: '一、工作开展情况' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('抄送单位：宣传部、网信办');
    expect(within(sheet).getByTestId('print-signature')).toHaveTextContent('第一责任人（签字）：王建国');
  }, 60000);

  it('prints it in English with Arabic section numbers and no full-width punctuation', async () => {
    const sheet = await renderReport();
    await act(() => changeLanguage('en'));
    expect(within(sheet).getByTestId('print-recipient')).toHaveTextContent(/^东湖街道:$/);
    expect(within(sheet).getByRole('heading', { level: 3, name: '1. Work done' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('Copies to: 宣传部, 网信办');
    expect(within(sheet).getByTestId('print-signature')).toHaveTextContent(
      'First responsible (signature): 王建国',
    );
    expect(sheet.textContent).not.toMatch(FULL_WIDTH);
  }, 60000);
});
