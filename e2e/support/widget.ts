import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The customer widget, standalone (a Page at /widget/) or embedded (the loader's iframe). */
export type Widget = Page | FrameLocator;

/** localStorage keys of the widget (web-react/src/storage.ts). */
const TOKENS_KEY = 'parley.widget.tokens';
const CONVERSATION_KEY = 'parley.widget.conversation';

export async function openWidget(page: Page): Promise<void> {
  await page.goto('/widget/');
  await expect(page.getByRole('heading', { name: 'Chat with us' })).toBeVisible();
}

/** The pre-chat form: optional name, the first message, Start chat; then the chat screen with its composer. */
export async function startChat(widget: Widget, first: { name?: string; message: string }): Promise<void> {
  await expect(widget.getByRole('form', { name: 'Start a chat' })).toBeVisible();
  if (first.name !== undefined) {
    await widget.getByLabel('Name (optional)').fill(first.name);
  }
  await widget.getByLabel('How can we help?').fill(first.message);
  await widget.getByRole('button', { name: 'Start chat' }).click();
  await expect(composer(widget)).toBeVisible();
}

export function composer(widget: Widget): Locator {
  return widget.getByRole('textbox', { name: 'Message', exact: true });
}

/** Types into the composer and presses Send. */
export async function send(widget: Widget, text: string): Promise<void> {
  await composer(widget).fill(text);
  await widget.getByRole('button', { name: 'Send', exact: true }).click();
}

/** The line under the header: place in line, the agent's name, or that the chat ended (role=status). */
export function queueStatus(widget: Widget): Locator {
  return widget
    .getByRole('status')
    .filter({ hasText: /in line|chatting with|Waiting for an agent|has ended/ });
}

/** The connection banner (role=status): Connecting…, Connected, Offline — reconnecting, … */
export function connectionBanner(widget: Widget): Locator {
  return widget.getByRole('status').filter({ hasText: /Connect|Offline|Reconnecting|expired/ });
}

export function messageLog(widget: Widget): Locator {
  return widget.getByRole('log', { name: 'Messages' });
}

/** The line of the chat that holds `text` (own: with its status; the agent's: with their name). */
export function messageItem(widget: Widget, text: string): Locator {
  return messageLog(widget).getByRole('listitem').filter({ hasText: text });
}

/** Ends the chat from the widget (End chat, then the confirmation's End chat). */
export async function endChat(widget: Widget): Promise<void> {
  await widget.getByRole('button', { name: 'End chat' }).click();
  await widget
    .getByRole('alertdialog', { name: 'End this chat?' })
    .getByRole('button', { name: 'End chat' })
    .click();
  await expect(queueStatus(widget)).toHaveText('This chat has ended.');
}

/** The guest's access token, as the widget keeps it in localStorage. */
export async function customerToken(page: Page): Promise<string> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), TOKENS_KEY);
  expect(raw, 'the widget keeps the guest tokens in localStorage').not.toBeNull();
  return (JSON.parse(raw!) as { accessToken: string }).accessToken;
}

/** The id of the conversation on screen, as the widget keeps it in localStorage. */
export async function conversationId(page: Page): Promise<string> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), CONVERSATION_KEY), {
      message: 'the widget keeps the conversation id in localStorage',
    })
    .not.toBeNull();
  return (await page.evaluate((key) => localStorage.getItem(key), CONVERSATION_KEY))!;
}

/**
 * Records every text the customer's own message lines show, from now on (a MutationObserver in the page):
 * a status such as "Sending…" can last a few milliseconds only, too short for polling to see.
 */
export async function recordOwnMessageLines(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const w = window as unknown as { __parleyLines: string[] };
    w.__parleyLines = seen;
    const record = () => {
      for (const item of document.querySelectorAll('[role="log"] li')) {
        const text = item.textContent ?? '';
        if (seen.at(-1) !== text && !seen.includes(text)) {
          seen.push(text);
        }
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __parleyLines: string[] }).__parleyLines);
}
