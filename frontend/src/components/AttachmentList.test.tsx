import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { AttachmentList } from './AttachmentList';

const minutes = {
  id: 3,
  fileName: '会议纪要.pdf',
  contentType: 'application/pdf',
  size: 2048,
  sha256: 'ab12cd34ef56ab12cd34ef56',
  uploadedByName: '赵桂兰',
};

describe('AttachmentList', () => {
  it('lists each file with its type, size, hash and uploader, and downloads it; no upload or remove unless allowed', async () => {
    const onDownload = vi.fn(() => Promise.resolve());
    await renderWithApp(<AttachmentList files={[minutes]} onDownload={onDownload} testId="files" />);
    const list = screen.getByTestId('files');
    const item = within(list).getByTestId('attachment');
    expect(item).toHaveTextContent('会议纪要.pdf');
    expect(item).toHaveTextContent('application/pdf · 2.0 KB · SHA-256 ab12cd34ef56 · 赵桂兰');

    await userEvent.setup().click(within(item).getByRole('button', { name: /下\s*载/ }));
    expect(onDownload).toHaveBeenCalledWith(minutes);
    expect(within(list).queryByRole('button', { name: /上传附件/ })).toBeNull();
    expect(within(list).queryByRole('button', { name: /移\s*除/ })).toBeNull();
  });

  it('removes a file after confirming, when the caller allows it; says when there are none', async () => {
    const onRemove = vi.fn(() => Promise.resolve());
    const { rerender } = await renderWithApp(
      <AttachmentList
        files={[{ ...minutes, contentType: undefined, mediaType: 'application/pdf' }]}
        onDownload={() => Promise.resolve()}
        onUpload={() => Promise.resolve()}
        onRemove={onRemove}
      />,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: /上传附件/ })).toBeInTheDocument();
    expect(screen.getByTestId('attachment')).toHaveTextContent('application/pdf · 2.0 KB');
    await user.click(screen.getByRole('button', { name: /移\s*除/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    expect(onRemove).toHaveBeenCalledWith(expect.objectContaining({ id: 3 }));

    rerender(<AttachmentList files={[]} onDownload={() => Promise.resolve()} />);
    expect(await screen.findByText('无附件')).toBeInTheDocument();
  });
});
