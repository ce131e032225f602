import { call, statusOf, type Conversation } from '../support/api.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

test("a second customer cannot see the first one's conversation, by REST or in the widget", async ({
  page: first,
  newPerson,
  snap,
}) => {
  await widget.openWidget(first);
  await widget.startChat(first, { name: 'Fay', message: 'Fay: my card number ends in 4242' });
  const firstConversation = await widget.conversationId(first);

  const second = await newPerson();
  await widget.openWidget(second);
  // A new guest in another browser gets the form, not the first guest's chat.
  await expect(second.getByRole('form', { name: 'Start a chat' })).toBeVisible();
  await widget.startChat(second, { name: 'Gus', message: 'Gus: hello' });
  const secondConversation = await widget.conversationId(second);
  expect(secondConversation).not.toBe(firstConversation);

  const token = await widget.customerToken(second);
  expect(await statusOf(`/api/v1/conversations/${firstConversation}`, token)).toBe(404);
  expect(await statusOf(`/api/v1/conversations/${firstConversation}/messages`, token)).toBe(404);
  expect(await statusOf(`/api/v1/conversations/${firstConversation}/events`, token)).toBe(404);
  expect(await statusOf(`/api/v1/queue/conversations/${firstConversation}`, token)).toBe(404);
  const listed = await call<Conversation[]>('GET', '/api/v1/conversations', token);
  expect(listed.map((c) => c.id)).toEqual([secondConversation]);

  // Even pointed at the first conversation (its id put in the widget's storage), the widget shows only its own.
  await second.evaluate((id) => localStorage.setItem('parley.widget.conversation', id), firstConversation);
  await second.reload();
  await expect(widget.messageItem(second, 'Gus: hello')).toBeVisible();
  await expect(widget.messageLog(second)).not.toContainText('4242');
  await expect
    .poll(() => second.evaluate(() => localStorage.getItem('parley.widget.conversation')))
    .not.toBe(firstConversation);
  await snap(second, 'second customer sees only their own chat');
});
