import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The web app through the load balancer of bench/two-instances.sh --web (issue 19): the stack is the one
 * that script started (two instances behind haproxy, Keycloak), so no global set-up. Not part of the e2e
 * suite that CI runs.
 *
 *   E2E_REUSE_STACK=1 E2E_BASE_URL=http://localhost:28090 E2E_KEYCLOAK_URL=http://localhost:28190 \
 *     npx playwright test --config two-instances.config.ts
 */
export default defineConfig({
  ...base,
  testDir: './two-instances',
  outputDir: './test-results/two-instances',
  globalSetup: undefined,
  reporter: [['list']],
});
