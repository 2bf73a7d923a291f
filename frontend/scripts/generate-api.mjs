// Generates src/lib/api-schema.d.ts from the repository's root openapi.yaml (the contract the
// backend serves), so a contract change breaks the build rather than the user.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contract = resolve(root, '..', 'openapi.yaml');
const output = resolve(root, 'src/lib/api-schema.d.ts');

if (!existsSync(contract)) {
  console.error(`generate-api: ${contract} not found; it is the API contract the SPA is built against.`);
  process.exit(1);
}

execFileSync(
  process.execPath,
  [resolve(root, 'node_modules/openapi-typescript/bin/cli.js'), contract, '-o', output],
  { stdio: 'inherit' },
);
