/**
 * Where the end-to-end stack runs. Own ports by default, so a `./run` on 8080/8180 can stay up
 * while the tests run; the realm's `web` client allows http://localhost:18080/* as a redirect URI.
 *
 *   E2E_BACKEND_PORT  (18080)  the backend, serving the built web app
 *   E2E_KEYCLOAK_PORT (18180)  Keycloak with a fresh database and the realm imported
 *   E2E_PG_PORT       (54339)  the backend's embedded PostgreSQL
 *   E2E_BASE_URL / E2E_KEYCLOAK_URL with E2E_REUSE_STACK=1: test a stack that is already running
 *                     (e.g. `./run`: E2E_REUSE_STACK=1 E2E_BASE_URL=http://localhost:8080
 *                     E2E_KEYCLOAK_URL=http://localhost:8180 npx playwright test); it must be
 *                     a fresh one with the demo data, as the specs expect it.
 */
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 18080);
const keycloakPort = Number(process.env.E2E_KEYCLOAK_PORT ?? 18180);

export const stack = {
  reuse: process.env.E2E_REUSE_STACK === '1',
  backendPort,
  keycloakPort,
  pgPort: Number(process.env.E2E_PG_PORT ?? 54339),
  baseUrl: process.env.E2E_BASE_URL ?? `http://localhost:${backendPort}`,
  keycloakUrl: process.env.E2E_KEYCLOAK_URL ?? `http://localhost:${keycloakPort}`,
  realm: 'duty-ledger',
};
