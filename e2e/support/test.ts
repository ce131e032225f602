import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { resetSupportDesk } from './api.ts';
import { SCREENS_DIR } from './screens.ts';

interface Fixtures {
  /** Every test starts and ends at a clean support desk (see resetSupportDesk). */
  desk: void;
  /** Opens a page in a new browser context of its own (another person: own storage, own connection). */
  newPerson: (options?: BrowserContextOptions) => Promise<Page>;
  /** Saves a full-page screenshot as test-output/screens/<test>--<name>.png and attaches it to the report. */
  snap: (page: Page, name: string) => Promise<void>;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

export const test = base.extend<Fixtures>({
  desk: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use) => {
      await resetSupportDesk();
      await use();
      await resetSupportDesk();
    },
    { auto: true },
  ],
  newPerson: async ({ browser, baseURL, viewport }, use) => {
    const opened: Array<{ close(): Promise<void> }> = [];
    await use(async (options) => {
      const context = await browser.newContext({ baseURL, viewport, ...options });
      opened.push(context);
      return context.newPage();
    });
    for (const context of opened) {
      await context.close();
    }
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  snap: async ({}, use, testInfo) => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    let count = 0;
    await use(async (page, name) => {
      count += 1;
      const spec = path.basename(testInfo.file).replace(/\.spec\.ts$/, '');
      const step = `${String(count).padStart(2, '0')}-${slug(name)}`;
      const file = path.join(SCREENS_DIR, `${spec}--${slug(testInfo.title).slice(0, 40)}--${step}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
    });
  },
});

export { expect } from '@playwright/test';
