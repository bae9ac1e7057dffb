import { defineConfig, devices } from '@playwright/test';

/**
 * Journeys run against the production build (out/), served by the same static server as `npm start`.
 * Chromium comes from Debian (scripts/ensure-chromium.sh); Playwright's own browser download is not used.
 */
const PORT = Number(process.env.E2E_PORT ?? 3107);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx serve out -l tcp://127.0.0.1:${PORT} --no-port-switching --no-clipboard`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
