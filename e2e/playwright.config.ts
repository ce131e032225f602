import { defineConfig } from '@playwright/test';

/**
 * Parley's browser tests, against a real running fleet (no mocks): PARLEY_BASE_URL is the gateway, which serves
 * the widget at /widget/ and the dashboard at /dashboard/. Chromium is the system one (Playwright's own browser
 * download does not work here); PARLEY_CHROMIUM overrides its path.
 */
const baseURL = process.env.PARLEY_BASE_URL ?? 'http://localhost:8080';

export default defineConfig({
  testDir: './tests',
  globalSetup: './support/global-setup.ts',
  // One agent serves every test (the support department's only online agent): tests take turns.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: './test-output/artifacts',
  reporter: [
    ['list'],
    ['html', { outputFolder: './test-output/report', open: 'never' }],
    ['json', { outputFile: './test-output/results.json' }],
  ],
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The embed test's host pages (http://shop.example/, served by page.route) count as public sites, and
        // Chromium's Local Network Access checks would keep them from loading the loader from the fleet on
        // localhost. A real shop and a real gateway are both public, so the check does not apply there.
        '--disable-features=LocalNetworkAccessChecks',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
});
