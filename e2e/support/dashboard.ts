import { expect, type Locator, type Page } from '@playwright/test';

/** Signs in at /dashboard/ and waits for the agent workspace. */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/dashboard/');
  await expect(page.getByRole('heading', { name: 'Sign in to Parley' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(conversationNav(page)).toBeVisible();
  await expect(availability(page).getByLabel('Status')).toBeEnabled();
}

/** The header form with the agent's status and capacity. */
export function availability(page: Page): Locator {
  return page.getByRole('form', { name: 'Your availability' });
}

/** Sets the capacity first (kept at the current status), then the status, as an agent would in the header. */
export async function setAvailability(
  page: Page,
  status: 'Online' | 'Away' | 'Offline',
  capacity: number,
): Promise<void> {
  const form = availability(page);
  await form.getByLabel('Capacity').fill(String(capacity));
  const save = form.getByRole('button', { name: 'Set capacity' });
  if (await save.isEnabled()) {
    await save.click();
  }
  // Saved: the typed value became the profile's, so there is nothing left to save.
  await expect(save).toBeDisabled();
  await expect(form.getByLabel('Capacity')).toHaveValue(String(capacity));
  const select = form.getByLabel('Status');
  await select.selectOption({ label: status });
  await expect(select).toBeEnabled();
  await expect(select.locator('option:checked')).toHaveText(status);
}

/** The list of the agent's conversations. */
export function conversationNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Your conversations' });
}

/** The link of the agent's conversation whose row shows `text` (its latest message). */
export function conversationLink(page: Page, text: string | RegExp): Locator {
  return conversationNav(page).getByRole('link').filter({ hasText: text });
}

/** Opens the conversation whose row shows `text` and waits for its reply box. */
export async function openConversation(page: Page, text: string | RegExp): Promise<void> {
  await conversationLink(page, text).click();
  await expect(replyBox(page)).toBeVisible();
}

export function replyBox(page: Page): Locator {
  return page.getByLabel('Reply to the customer');
}

export async function reply(page: Page, text: string): Promise<void> {
  await replyBox(page).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

export function messageLog(page: Page): Locator {
  return page.getByRole('log', { name: 'Messages' });
}

export function messageItem(page: Page, text: string): Locator {
  return messageLog(page).getByRole('listitem').filter({ hasText: text });
}

/** Ends the open conversation from the dashboard (End conversation, then Yes, end). */
export async function endConversation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End conversation' }).click();
  await page
    .getByRole('group', { name: 'Confirm ending the conversation' })
    .getByRole('button', { name: 'Yes, end' })
    .click();
  await expect(page.getByText('This conversation has ended.')).toBeVisible();
}
