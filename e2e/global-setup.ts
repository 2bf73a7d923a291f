import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stack } from './stack';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(e2eDir, '..');
const spaDir = join(root, 'frontend', 'dist');

function script(name: string, args: string[], env: NodeJS.ProcessEnv) {
  execFileSync(join(root, 'scripts', name), args, { stdio: 'inherit', env, cwd: root });
}

/**
 * Starts the real stack once for the whole run: Keycloak on a fresh data directory (the realm
 * is imported), the backend jar (built when missing or stale) on a fresh embedded PostgreSQL with
 * the demo data, serving ../frontend/dist. Returns the teardown that stops both.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | void> {
  if (stack.reuse) {
    console.log(`[e2e] testing the running stack at ${stack.baseUrl}`);
    return;
  }
  if (!existsSync(join(spaDir, 'index.html'))) {
    throw new Error(`${spaDir}/index.html is missing: build the web app first (cd frontend && npm run build)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'duty-ledger-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DUTYLEDGER_DATA_DIR: dataDir,
    DUTYLEDGER_DEMO_DATA_ENABLED: 'true',
    DUTYLEDGER_SPA_DIR: spaDir,
    DUTYLEDGER_EMBEDDED_PG_PORT: String(stack.pgPort),
    BACKEND_PORT: String(stack.backendPort),
    KC_PORT: String(stack.keycloakPort),
    KC_DATA_DIR: join(dataDir, 'keycloak'),
    QUARKUS_OIDC_AUTH_SERVER_URL: `${stack.keycloakUrl}/realms/${stack.realm}`,
    // webhooks.spec.ts subscribes a receiver on http://localhost (production requires https to a public host)
    DUTYLEDGER_WEBHOOKS_ALLOW_LOCAL_HTTP: 'true',
    // rectification-overdue.spec.ts: the escalation job runs soon after the start (and the demo), not 10 minutes later
    DUTYLEDGER_RECTIFICATIONS_ESCALATE_EVERY: '10s',
  };
  console.log(`[e2e] starting Keycloak and the backend, data in ${dataDir}`);
  const started = Date.now();

  const teardown = async () => {
    try {
      script('backend.sh', ['stop'], env);
    } finally {
      script('keycloak.sh', ['stop'], env);
      // Keep the services' logs next to the screenshots.
      const logs = join(e2eDir, 'test-results', 'stack-logs');
      mkdirSync(logs, { recursive: true });
      for (const [from, to] of [
        [join(dataDir, 'run', 'backend.log'), 'backend.log'],
        [join(dataDir, 'keycloak', 'keycloak.log'), 'keycloak.log'],
      ]) {
        if (existsSync(from)) cpSync(from, join(logs, to));
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  };

  try {
    // Keycloak starts while the backend jar builds (if it has to).
    script('keycloak.sh', ['start', '--no-wait'], env);
    script('backend.sh', ['build'], env);
    script('keycloak.sh', ['wait'], env);
    script('backend.sh', ['start'], env);
  } catch (error) {
    await teardown();
    throw error;
  }
  console.log(`[e2e] stack ready in ${Math.round((Date.now() - started) / 1000)} s at ${stack.baseUrl}`);
  return teardown;
}
