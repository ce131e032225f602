import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CAROL } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

/** axe-core on the whole page (WCAG 2.x A and AA rules and best practices): no serious or critical finding. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  const minor = results.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) {
    test.info().annotations.push({
      type: 'axe (minor, moderate)',
      description: `${screen}: ${minor.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ')}`,
    });
  }
  expect(serious, `serious or critical axe violations on ${screen}`).toEqual([]);
}

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: '375 px', viewport: { width: 375, height: 740 } },
];

for (const { name, viewport } of viewports) {
  test.describe(`accessibility at ${name}`, () => {
    test.use({ viewport });

    test(`the widget's pre-chat form and chat have no serious axe violations (${name})`, async ({
      page,
      snap,
    }) => {
      await widget.openWidget(page);
      await expectNoSeriousViolations(page, 'the pre-chat form');
      await snap(page, `pre-chat form ${name}`);

      await widget.startChat(page, { name: 'Axel', message: 'Axel: checking the chat screen' });
      await expect(widget.queueStatus(page)).toContainText('in line');
      await widget.send(page, 'A second message');
      await expect(widget.messageItem(page, 'A second message')).toContainText(/Sent|Delivered|Read/);
      await expectNoSeriousViolations(page, 'the chat screen');
      await snap(page, `chat screen ${name}`);
    });

    test(`the dashboard's login and workspace have no serious axe violations (${name})`, async ({
      page: customer,
      newPerson,
      snap,
    }) => {
      const agent = await newPerson();
      await agent.goto('/dashboard/');
      await expect(agent.getByRole('heading', { name: 'Sign in to Parley' })).toBeVisible();
      await expectNoSeriousViolations(agent, 'the login page');
      await snap(agent, `login ${name}`);

      await dashboard.signIn(agent, CAROL);
      await expectNoSeriousViolations(agent, 'the empty workspace');

      await widget.openWidget(customer);
      await widget.startChat(customer, { name: 'Axel', message: 'Axel: checking the workspace' });
      await dashboard.setAvailability(agent, 'Online', 1);
      await dashboard.openConversation(agent, 'Axel: checking the workspace');
      await dashboard.reply(agent, 'Hello Axel');
      await expect(dashboard.messageItem(agent, 'Hello Axel')).toBeVisible();
      await expect(widget.messageItem(customer, 'Hello Axel')).toBeVisible();
      await expectNoSeriousViolations(agent, 'the workspace with a conversation');
      await snap(agent, `workspace ${name}`);
    });
  });
}
