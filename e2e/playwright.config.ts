import { defineConfig } from '@playwright/test';
import { stack } from './stack';

/**
 * Runs in Debian's Chromium (apt-get install chromium fonts-noto-cjk): Playwright's own browser
 * download does not work on these machines. The stack (Keycloak, backend, embedded PostgreSQL)
 * is started once for the whole run by global-setup.ts, on ports of its own (see stack.ts).
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  globalSetup: './global-setup.ts',
  // One shared database: the specs run one after the other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: stack.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    // The app then shows dialogs and drop-downs without zooming or sliding them in: a click never lands on a
    // moving target (a lost click was a flaky failure under load).
    reducedMotion: 'reduce',
    screenshot: 'on',
    trace: 'retain-on-failure',
    video: 'off',
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
