// Generates the API types from the repository's root openapi.yaml (the contract the backend
// serves), so a contract change breaks the build rather than the user:
//   ../openapi.yaml                  -> src/lib/api-schema.d.ts
//   src/lib/contract/pending.yaml    -> src/lib/api-pending.d.ts  (TEMPORARY: endpoints of the
//                                       draft the backend has not published yet)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contract = resolve(root, '..', 'openapi.yaml');
const pending = resolve(root, 'src/lib/contract/pending.yaml');
const cli = resolve(root, 'node_modules/openapi-typescript/bin/cli.js');

function generate(source, output) {
  execFileSync(process.execPath, [cli, source, '-o', resolve(root, output)], { stdio: 'inherit' });
}

/** Path keys of an OpenAPI YAML document ("  /api/v1/x:" lines under `paths:`). */
function pathKeys(file) {
  return [...readFileSync(file, 'utf8').matchAll(/^ {2}(\/[^:\s]+):\s*$/gm)].map((match) => match[1]);
}

if (!existsSync(contract)) {
  console.error(`generate-api: ${contract} not found; it is the API contract the SPA is built against.`);
  process.exit(1);
}
generate(contract, 'src/lib/api-schema.d.ts');

if (existsSync(pending)) {
  const published = new Set(pathKeys(contract));
  const nowPublished = pathKeys(pending).filter((path) => published.has(path));
  if (nowPublished.length > 0) {
    console.error(
      `generate-api: the root contract now publishes ${nowPublished.join(', ')}; ` +
        'remove them from src/lib/contract/pending.yaml and use the published types.',
    );
    process.exit(1);
  }
  console.warn(
    `generate-api: endpoints not yet in the root contract, typed from the draft: ${pathKeys(pending).join(', ')}`,
  );
  generate(pending, 'src/lib/api-pending.d.ts');
} else {
  writeFileSync(
    resolve(root, 'src/lib/api-pending.d.ts'),
    'export type paths = {};\nexport type components = { schemas: {} };\n',
  );
}
