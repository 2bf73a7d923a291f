import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { channel } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { CloseChannelModal } from './CloseChannelModal';

const fabu = channel({ id: 50, name: '城关发布', version: 2 });

describe('CloseChannelModal', () => {
  it('requires a reason before closing', async () => {
    const calls = stubFetch(() => undefined);
    const onClosed = vi.fn();
    await renderWithApp(<CloseChannelModal channel={fabu} onClose={vi.fn()} onClosed={onClosed} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /关闭阵地/ }));

    const reason = screen.getByLabelText('关闭原因').closest('.ant-form-item') as HTMLElement;
    expect(await within(reason).findByText('请填写关闭原因')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    expect(onClosed).not.toHaveBeenCalled();
  });

  it('sends the day, the reason and the version', async () => {
    const calls = stubFetch((call) =>
      call.method === 'POST' && call.path === '/api/v1/channels/50/close'
        ? json({ ...fabu, status: 'CLOSED', closedOn: dayjs().format('YYYY-MM-DD'), version: 3 })
        : undefined,
    );
    const onClosed = vi.fn();
    await renderWithApp(<CloseChannelModal channel={fabu} onClose={vi.fn()} onClosed={onClosed} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('关闭原因'), '公众号停止运营');
    await user.click(screen.getByRole('button', { name: /关闭阵地/ }));

    await waitFor(() => expect(onClosed).toHaveBeenCalled());
    expect(calls[0].body).toEqual({
      version: 2,
      closedOn: dayjs().format('YYYY-MM-DD'),
      reason: '公众号停止运营',
    });
  });
});
