// Generates src/lib/api-schema.d.ts from the repository's root openapi.yaml
// (the contract the backend serves), so a contract change breaks the build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const contract = resolve(root, '..', 'openapi.yaml');
const draft = resolve(root, 'src/lib/contract/openapi.draft.yaml');
const output = resolve(root, 'src/lib/api-schema.d.ts');

let source = contract;
if (!existsSync(contract)) {
  // TEMPORARY: until the backend commits the root contract, build against the draft.
  if (!existsSync(draft)) {
    console.error(`generate-api: ${contract} not found; it is the API contract the SPA is built against.`);
    process.exit(1);
  }
  console.warn(`generate-api: ${contract} not found, using the temporary draft ${draft}`);
  source = draft;
}

execFileSync(
  process.execPath,
  [resolve(root, 'node_modules/openapi-typescript/bin/cli.js'), source, '-o', output],
  { stdio: 'inherit' },
);
