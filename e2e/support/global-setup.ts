import { rmSync } from 'node:fs';
import { BASE_URL } from './api.ts';
import { SCREENS_DIR } from './screens.ts';

/**
 * Before any test: forget the screens of an earlier run, and make sure the gateway answers and serves both
 * web apps, so that a fleet started without PARLEY_WIDGET_DIR / PARLEY_DASHBOARD_DIR fails once, clearly.
 */
export default async function globalSetup(): Promise<void> {
  rmSync(SCREENS_DIR, { recursive: true, force: true });
  for (const app of ['/widget/', '/dashboard/']) {
    let answer: string;
    try {
      const response = await fetch(`${BASE_URL}${app}`);
      const body = await response.text();
      answer = response.ok && body.includes('<div id="root"') ? '' : `HTTP ${response.status}`;
    } catch (error) {
      answer = String(error);
    }
    if (answer !== '') {
      throw new Error(
        `the gateway at ${BASE_URL} does not serve ${app} (${answer}): set PARLEY_BASE_URL to a gateway started ` +
          'with PARLEY_WIDGET_DIR and PARLEY_DASHBOARD_DIR pointing at the builds (npm run build)',
      );
    }
  }
}
