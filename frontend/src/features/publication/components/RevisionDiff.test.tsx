import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { RevisionDiff } from './RevisionDiff';

describe('RevisionDiff', () => {
  it('marks added and removed lines and leaves unchanged ones plain', async () => {
    await renderWithApp(
      <RevisionDiff
        comparison={{
          from: 2,
          to: 3,
          fromHash: 'h2',
          toHash: 'h3',
          title: [
            { kind: 'REMOVED', text: '旧标题' },
            { kind: 'ADDED', text: '新标题' },
          ],
          summary: [],
          body: [
            { kind: 'SAME', text: '第一段不变。' },
            { kind: 'REMOVED', text: '参加人数 100 人。' },
            { kind: 'ADDED', text: '参加人数 120 人。' },
          ],
          attachments: [{ kind: 'ADDED', text: 'photo.jpg' }],
        }}
      />,
    );

    const diff = screen.getByTestId('revision-diff');
    expect(within(diff).getByText('第 2 版 → 第 3 版')).toBeInTheDocument();
    const lines = within(diff).getAllByTestId('diff-line');
    expect(lines.map((line) => line.dataset.kind)).toEqual([
      'REMOVED',
      'ADDED',
      'SAME',
      'REMOVED',
      'ADDED',
      'ADDED',
    ]);
    expect(within(diff).getByText('参加人数 120 人。').closest('[data-kind]')).toHaveClass(
      'diff__line--ADDED',
    );
    expect(within(diff).getByText('参加人数 100 人。').closest('[data-kind]')).toHaveClass(
      'diff__line--REMOVED',
    );
    expect(within(diff).getByText('标题')).toBeInTheDocument();
    expect(within(diff).queryByText('摘要')).toBeNull();
  });

  it('says when the two revisions are the same', async () => {
    await renderWithApp(
      <RevisionDiff
        comparison={{
          from: 1,
          to: 2,
          fromHash: 'h',
          toHash: 'h',
          title: [{ kind: 'SAME', text: '标题' }],
          summary: [],
          body: [{ kind: 'SAME', text: '正文' }],
          attachments: [],
        }}
      />,
    );
    expect(screen.getByText('两个版本内容相同')).toBeInTheDocument();
    expect(screen.queryAllByTestId('diff-line')).toHaveLength(0);
  });
});
