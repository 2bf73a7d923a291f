import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { me, organization, person } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { accountabilityCase } from '../components/fixtures';

const district = organization({ id: 1, code: 'QU-DH', name: '东湖区', parentId: undefined, path: [] });
const street = organization({
  id: 10,
  code: 'STREET-DH',
  name: '东湖街道',
  path: [{ id: 1, code: 'QU-DH', name: '东湖区' }],
});
const discipline = me({
  username: 'discipline',
  displayName: '林正',
  person: person({ id: 20, name: '林正', username: 'discipline' }),
  scope: [{ organizationId: 1, code: 'QU-DH', name: '东湖区', role: 'STAFF' }],
});
const grant = {
  id: 3,
  organizationId: 1,
  organizationName: '东湖区',
  personId: 20,
  personName: '林正',
  grantedAt: '2026-12-01T02:00:00Z',
  grantedByName: '管理员',
};

describe('NewCasePage', () => {
  it('files a case pre-linked from a publication, in the name of the caller’s grant', async () => {
    const calls = stubFetch(({ method, url }) => {
      if (url.pathname === '/api/v1/accountability-filers')
        return json([grant, { ...grant, id: 4, personId: 99 }]);
      if (url.pathname === '/api/v1/organizations/10') return json(street);
      if (url.pathname === '/api/v1/organizations/1') return json(district);
      if (url.pathname === '/api/v1/organizations')
        return json({ items: [district, street], total: 2, page: 0, size: 20 });
      if (url.pathname === '/api/v1/accountability-cases' && method === 'POST')
        return json(accountabilityCase(), 201);
      if (url.pathname === '/api/v1/accountability-cases/5') return json(accountabilityCase());
      return undefined;
    });
    await renderApp(
      '/accountability-cases/new?link=PUBLICATION:12&subject=10&date=2026-12-01&link=bogus',
      discipline,
    );
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const form = await screen.findByTestId('case-form', {}, { timeout: 15000 });
    expect(within(form).getAllByTestId('case-form-link')).toHaveLength(1);
    await user.type(within(form).getByLabelText('案件名称'), ' 东湖发布错误信息问责 ');
    await user.type(within(form).getByLabelText('基本事实'), '供暖日期错误');
    await user.click(within(form).getByTestId('case-form-submit'));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({
      filingOrganizationId: 1,
      subjectOrganizationId: 10,
      title: '东湖发布错误信息问责',
      incidentDate: '2026-12-01',
      situation: 'UNREVIEWED_PUBLICATION',
      description: '供暖日期错误',
      decisionKind: 'INDIVIDUAL',
      links: [{ kind: 'PUBLICATION', id: 12 }],
    });
    expect(await screen.findByTestId('accountability-case', {}, { timeout: 15000 })).toBeInTheDocument();
  }, 60000);

  it('tells a person without a grant where grants come from', async () => {
    stubFetch(({ url }) => (url.pathname === '/api/v1/accountability-filers' ? json([]) : undefined));
    await renderApp('/accountability-cases/new', me());
    expect(await screen.findByTestId('no-grant', {}, { timeout: 15000 })).toHaveTextContent('您没有立案授权');
  }, 60000);
});
