import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// verify.html, the offline checker shipped in every inspection package, opened from file:// in the unpacked
// folder the way an inspector opens it: no server, no network. The package is written here in Node exactly as
// DOSSIER-API.md lays it out (this spec needs no backend).

const checkers = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'backend',
  'src',
  'main',
  'resources',
  'dossier',
);
const EVIDENCE = '工作义务/证明材料/每月安全自查/2026年3月/0123456789ab_现场照片 😀.jpg';
const LEDGER = '台账/责任分工表.xlsx';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * An audit event's JSON, keys sorted, no white space. The checkers hash each line's own text (never re-serialized),
 * so Node's JSON is as good as Java's here: what matters is that the line is the hashed text plus ,"hash":"…".
 */
function canonical(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return JSON.stringify(value);
}

/** Four events of a subtree, 101–103 chained, then 107 (those between belong to other organizations). */
function auditLines(): string {
  let prevHash = 'a'.repeat(64);
  const changes: Record<number, unknown> = {
    101: { title: { before: '旧\u2028标题', after: '“新”标题 "quoted" \\ 😀' } },
    102: { note: { after: 'control \u0001\u001b\t\n' } },
    103: { leader: { before: '李四', after: '王建国' } },
    107: { flag: { before: false, after: true } },
  };
  let out = '';
  for (const seq of [101, 102, 103, 107]) {
    if (seq === 107) prevHash = 'c'.repeat(64);
    const text = canonical({
      seq,
      occurredAt: `2026-03-01T08:00:0${seq % 10}.123456Z`,
      actorSubject: `sub-${seq}`,
      actorUsername: 'secretary',
      actorPersonId: 3,
      action: 'test.changed',
      entityType: 'ledger',
      entityId: `id-${seq}`,
      organizationId: 12,
      requestId: null,
      changes: changes[seq],
      prevHash,
    });
    const hash = sha256(prevHash + text);
    out += `${text.slice(0, -1)},"hash":"${hash}"}\n`;
    prevHash = hash;
  }
  return out;
}

/** The unpacked package folder; returns its path and the manifest's SHA-256. */
function writePackage(): { dir: string; manifestSha256: string } {
  const dir = mkdtempSync(join(tmpdir(), 'package-'));
  const files: Record<string, unknown>[] = [];
  const add = (path: string, content: Buffer, kind: string, extra: Record<string, unknown> = {}) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
    files.push({ path, size: content.length, sha256: sha256(content), kind, ...extra });
  };
  add('说明.html', Buffer.from('<!doctype html><meta charset=utf-8><h1>迎检材料包说明</h1>'), 'readme');
  add(LEDGER, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff)), 'ledger');
  add(
    EVIDENCE,
    Buffer.from(Array.from({ length: 2 * 1024 * 1024 + 5 }, (_, i) => (i * 11 + (i >> 8)) & 0xff)),
    'evidence',
    { entity: 'fulfilment-attachment', id: 55, version: 0 },
  );
  add('audit/events.jsonl', Buffer.from(auditLines()), 'audit-events', { count: 4 });
  add('audit/chain.json', Buffer.from('{"fromSeq":101,"toSeq":107,"count":4}'), 'audit-chain');
  for (const checker of ['verify.html', 'verify.py'])
    add(checker, readFileSync(join(checkers, checker)), 'checker');
  const manifest = Buffer.from(
    JSON.stringify(
      {
        format: 'duty-ledger-package/1',
        organization: { id: 12, name: '东湖街道' },
        from: '2026-01-01',
        to: '2026-06-30',
        subtree: true,
        parts: ['LEDGERS', 'OBLIGATIONS', 'AUDIT'],
        builtAt: '2026-12-03T08:00:00.000000Z',
        builtBy: { personId: 3, name: '王建国' },
        files,
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'manifest.json'), manifest);
  return { dir, manifestSha256: sha256(manifest) };
}

let pkg: { dir: string; manifestSha256: string };
test.beforeEach(() => {
  pkg = writePackage();
});
test.afterEach(() => {
  rmSync(pkg.dir, { recursive: true, force: true });
});

test('verify.html opened from the unpacked folder finds the package intact', async ({ page }, testInfo) => {
  await page.goto(pathToFileURL(join(pkg.dir, 'verify.html')).href);
  await expect(page.getByRole('heading', { name: '迎检材料包离线核验' })).toBeVisible();
  await page.getByTestId('verify-input').setInputFiles(pkg.dir);
  const result = page.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-ok', 'true');
  await expect(result).toContainText('完整：7个文件与清单一致，4条审计事件哈希正确');
  await expect(page.getByTestId('verify-problem')).toHaveCount(0);
  await expect(page.getByTestId('verify-manifest-sha256')).toHaveText(pkg.manifestSha256);
  await page.screenshot({ path: testInfo.outputPath('intact.png'), fullPage: true });

  const py = spawnSync('python3', [join(pkg.dir, 'verify.py')], { encoding: 'utf8' });
  expect(py.status, py.stdout).toBe(0);
  expect(py.stdout).toContain('完整：7个文件与清单一致，4条审计事件哈希正确');
  expect(py.stdout).toContain(pkg.manifestSha256);
});

for (const subtle of [true, false]) {
  test(`verify.html names a changed byte, an edited audit line, a missing and an extra file${subtle ? '' : ' (no crypto.subtle)'}`, async ({
    page,
  }, testInfo) => {
    if (!subtle) {
      // A browser that offers no crypto.subtle to file:// pages: the page's own SHA-256 takes over.
      await page.addInitScript(() =>
        Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined }),
      );
    }
    const evidence = join(pkg.dir, EVIDENCE);
    const bytes = readFileSync(evidence);
    bytes[1024 * 1024] ^= 1;
    writeFileSync(evidence, bytes);
    const events = join(pkg.dir, 'audit/events.jsonl');
    const jsonl = readFileSync(events, 'utf8').replace('王建国', '王建军').split('\n');
    jsonl[3] = jsonl[3].replace(/,"hash":"[0-9a-f]{64}"/, ''); // seq 107 without its hash
    jsonl.splice(4, 0, '这不是审计事件'); // line 5
    writeFileSync(events, jsonl.join('\n'));
    unlinkSync(join(pkg.dir, LEDGER));
    writeFileSync(join(pkg.dir, '台账', '补充说明.txt'), '后来加的');

    await page.goto(pathToFileURL(join(pkg.dir, 'verify.html')).href);
    expect(await page.evaluate(() => crypto.subtle === undefined)).toBe(!subtle);
    await page.getByTestId('verify-input').setInputFiles(pkg.dir);
    const result = page.getByTestId('verify-result');
    await expect(result).toHaveAttribute('data-ok', 'false');
    await expect(result).toContainText('发现问题');
    const problems = page.getByTestId('verify-problem');
    await expect(problems).toHaveText([
      `缺失：${LEDGER}`,
      `已改动：${EVIDENCE}`,
      '已改动：audit/events.jsonl',
      '清单外文件：台账/补充说明.txt',
      '审计事件 seq 103 被改动',
      '审计事件 seq 107 被改动',
      '审计事件第 5 行无法读取（被改动）',
    ]);
    await page.screenshot({ path: testInfo.outputPath('problems.png'), fullPage: true });

    // verify.py says the same, line for line.
    const py = spawnSync('python3', [join(pkg.dir, 'verify.py')], { encoding: 'utf8' });
    expect(py.status, py.stdout).toBe(1);
    const lines = py.stdout.split('\n');
    const named = lines
      .slice(lines.findIndex((l) => l.startsWith('发现问题')) + 1)
      .filter((l) => l && !l.startsWith(' '));
    expect(named).toEqual(await problems.allTextContents());
  });
}

test('verify.html finds the package when the folder around it is chosen', async ({ page }) => {
  const outer = mkdtempSync(join(tmpdir(), 'outer-'));
  try {
    renameSync(pkg.dir, join(outer, '东湖街道_迎检材料包'));
    pkg.dir = join(outer, '东湖街道_迎检材料包');
    await page.goto(pathToFileURL(join(pkg.dir, 'verify.html')).href);
    await page.getByTestId('verify-input').setInputFiles(outer);
    const result = page.getByTestId('verify-result');
    await expect(result).toHaveAttribute('data-ok', 'true');
    await expect(result).toContainText('完整：7个文件与清单一致，4条审计事件哈希正确');
    await expect(page.getByText('东湖街道_迎检材料包/')).toBeVisible();
  } finally {
    rmSync(outer, { recursive: true, force: true });
  }
});
