import { onTestFinished, vi } from 'vitest';

/**
 * Records the files the page saves: jsdom has no object URLs and does not follow download
 * links, so both are replaced and each clicked link's file name is kept.
 */
export function recordSavedFiles(): string[] {
  const saved: string[] = [];
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => 'blob:saved') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  onTestFinished(() => click.mockRestore());
  return saved;
}
