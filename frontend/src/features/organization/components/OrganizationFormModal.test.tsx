import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { organization } from '@/test/fixtures';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { OrganizationFormModal } from './OrganizationFormModal';

function formItemOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('OrganizationFormModal', () => {
  it('shows a server field error next to the field it names', async () => {
    const calls = stubFetch((call) =>
      call.method === 'POST' && call.path === '/api/v1/organizations'
        ? problem(400, {
            type: 'https://dutyledger.org/problems/validation',
            title: 'Validation failed',
            errors: [{ field: 'code', code: 'taken', message: '已被其他记录使用' }],
          })
        : undefined,
    );
    const onSaved = vi.fn();
    await renderWithApp(
      <OrganizationFormModal
        mode={{ kind: 'create', parent: organization() }}
        onClose={vi.fn()}
        onSaved={onSaved}
      />,
    );
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('编码'), 'JD-01-07');
    await user.type(screen.getByLabelText('名称'), '柳岸社区');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await within(formItemOf('编码')).findByText('已被其他记录使用')).toBeInTheDocument();
    expect(within(formItemOf('名称')).queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    expect(calls[0].body).toEqual({
      code: 'JD-01-07',
      name: '柳岸社区',
      type: 'COMMUNITY',
      parentId: 10,
    });
  });

  it('sends the version when editing and reports the saved organization', async () => {
    const original = organization({ id: 20, name: '柳岸社区', type: 'COMMUNITY', version: 5 });
    const calls = stubFetch((call) =>
      call.method === 'PATCH' && call.path === '/api/v1/organizations/20'
        ? json({ ...original, name: '柳岸新村社区', version: 6 })
        : undefined,
    );
    const onSaved = vi.fn();
    await renderWithApp(
      <OrganizationFormModal
        mode={{ kind: 'edit', organization: original }}
        onClose={vi.fn()}
        onSaved={onSaved}
      />,
    );
    const user = userEvent.setup();

    const name = screen.getByLabelText('名称');
    await user.clear(name);
    await user.type(name, '柳岸新村社区');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: '柳岸新村社区' })),
    );
    expect(calls[0].body).toMatchObject({ version: 5, name: '柳岸新村社区', type: 'COMMUNITY' });
  });
});
