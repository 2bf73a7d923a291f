import { describe, expect, it } from 'vitest';

const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function area(language: string, name: string) {
  return files[`./${language}/${name}.json`];
}

describe('locales', () => {
  const areas = Object.keys(files)
    .filter((path) => path.startsWith('./zh-CN/'))
    .map((path) => path.slice('./zh-CN/'.length, -'.json'.length));

  it('has every area in both languages', () => {
    expect(areas.length).toBeGreaterThan(5);
    for (const name of areas) expect(area('en', name), `en/${name}.json`).toBeDefined();
  });

  it.each(areas)('has the same keys in zh-CN and en for %s', (name) => {
    expect(keys(area('en', name)).sort()).toEqual(keys(area('zh-CN', name)).sort());
  });
});
