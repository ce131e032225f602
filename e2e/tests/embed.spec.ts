import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../support/api.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

/**
 * Host pages on sites of their own, served by page.route (nothing listens there): the demo shop of
 * web-react/demo with its loud global CSS, and a bare page, each with the one-line snippet pointing at the
 * fleet's gateway. They are https pages, as shops are: the widget's iframe is a secure context only when the
 * page around it is one too.
 */
const SHOP = 'https://shop.example/';
const BARE = 'https://bare.example/';
const PLAIN_HTTP_SHOP = 'http://shop.example/';
const SNIPPET = `<script src="${BASE_URL}/widget/loader.js" data-department="support" async></script>`;
const demoPage = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web-react/demo/index.html'),
  'utf8',
).replace(/<script\s+src="[^"]*\/widget\/loader\.js"[^>]*><\/script>/, SNIPPET);
const barePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare host</title></head>
<body><h1>Bare host page</h1>${SNIPPET}</body></html>`;

/** What the launcher looks like: computed styles of the button and its icon, inside the shadow root. */
const LOOK = [
  'width',
  'height',
  'background-color',
  'color',
  'border-top-width',
  'border-top-style',
  'border-radius',
  'padding-top',
  'transform',
  'text-transform',
  'font-family',
  'font-size',
  'letter-spacing',
  'position',
  'right',
  'bottom',
  'display',
];

async function serve(page: Page, url: string, html: string): Promise<void> {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.goto(url);
}

async function launcherLook(page: Page): Promise<Record<string, string>> {
  const launcher = page.getByRole('button', { name: 'Open chat' });
  await expect(launcher).toBeVisible();
  return launcher.evaluate((button, properties) => {
    const look: Record<string, string> = {};
    const style = getComputedStyle(button);
    const icon = getComputedStyle(button.querySelector('svg')!);
    for (const property of properties) {
      look[property] = style.getPropertyValue(property);
    }
    look['icon width'] = icon.width;
    look['icon height'] = icon.height;
    look['icon fill'] = icon.fill;
    look['in shadow root'] = String(button.getRootNode() instanceof ShadowRoot);
    return look;
  }, LOOK);
}

test('the loader on another site shows a chat button its CSS cannot restyle, and opens the widget in an iframe', async ({
  page,
  newPerson,
  snap,
}) => {
  const bare = await newPerson();
  await serve(bare, BARE, barePage);
  const expected = await launcherLook(bare);
  expect(expected['in shadow root']).toBe('true');
  expect(expected['background-color']).toBe('rgb(29, 78, 216)');
  expect(expected.width).toBe('56px');

  await serve(page, SHOP, demoPage);
  await expect(page.getByRole('heading', { name: 'Acme Outdoor Shop' })).toBeVisible();
  // The shop's rules do reach its own buttons…
  const shopButton = page.getByRole('button', { name: 'Add to cart' }).first();
  await expect(shopButton).toHaveCSS('text-transform', 'uppercase');
  // …but not the chat button in the shadow root.
  expect(await launcherLook(page)).toEqual(expected);
  await snap(page, 'shop page with the chat button');

  await page.getByRole('button', { name: 'Open chat' }).click();
  const panel = page.getByRole('dialog', { name: 'Chat with us' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close chat' }).first()).toBeVisible();
  const frame = panel.getByTitle('Chat with us');
  await expect(frame).toHaveAttribute(
    'src',
    `${BASE_URL}/widget/?embed=1&department=support&page=${encodeURIComponent(SHOP)}`,
  );
  await expect(frame).toHaveCSS('border-top-width', '0px');
  const box = await frame.boundingBox();
  expect(box?.width, 'the host page iframe rule (width: 50px) does not apply').toBeGreaterThan(300);

  const app = frame.contentFrame();
  await expect(app.getByRole('form', { name: 'Start a chat' })).toBeVisible();
  await widget.startChat(app, { message: 'Asked from the shop page' });
  await expect(widget.queueStatus(app)).toContainText('in line');
  await expect(widget.messageItem(app, 'Asked from the shop page')).toContainText(/Sent|Delivered|Read/);
  await snap(page, 'shop page with the widget open');

  // Escape closes the panel and gives focus back to the chat button.
  await widget.composer(app).press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open chat' })).toBeFocused();
});

// Under a plain-http page the widget's iframe is no secure context and has no crypto.randomUUID: the SDK's
// newUuid falls back to crypto.getRandomValues.
test('the widget embedded in a plain-http shop page can start a chat', async ({ page }) => {
  await serve(page, PLAIN_HTTP_SHOP, demoPage);
  await page.getByRole('button', { name: 'Open chat' }).click();
  const app = page.getByRole('dialog', { name: 'Chat with us' }).getByTitle('Chat with us').contentFrame();
  await app.getByLabel('How can we help?').fill('Asked from a plain-http shop');
  await app.getByRole('button', { name: 'Start chat' }).click();
  await expect(app.getByRole('alert').or(widget.composer(app))).toBeVisible();
  expect(await app.getByRole('alert').allTextContents()).toEqual([]);
});
