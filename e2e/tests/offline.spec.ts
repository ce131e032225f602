import { CAROL, messages } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

test('a message written offline waits for the connection, then is delivered exactly once', async ({
  page: customer,
  newPerson,
  snap,
}) => {
  test.setTimeout(150_000);
  await widget.openWidget(customer);
  await widget.startChat(customer, { name: 'Omar', message: 'Omar: my train has bad signal' });
  const conversation = await widget.conversationId(customer);

  const agent = await newPerson();
  await dashboard.signIn(agent, CAROL);
  await dashboard.setAvailability(agent, 'Online', 1);
  await dashboard.openConversation(agent, 'Omar: my train has bad signal');
  await expect(widget.queueStatus(customer)).toHaveText(`You are chatting with ${CAROL.name}.`);
  await expect(widget.connectionBanner(customer)).toHaveText('Connected');

  // Chromium's offline emulation stalls the open socket rather than closing it (as a dead network does at
  // first): the widget notices when the server's STOMP heart-beats stop (10 s, doubled by the client's
  // tolerance), so the banner can take up to about 30 s to say so.
  await customer.context().setOffline(true);
  await expect(widget.connectionBanner(customer)).toContainText('Offline', { timeout: 45_000 });
  await widget.send(customer, 'Written in a tunnel');
  const pending = widget.messageItem(customer, 'Written in a tunnel');
  await expect(pending).toContainText('Waiting for connection');
  await snap(customer, 'widget offline with a pending message');
  await expect(dashboard.messageItem(agent, 'Written in a tunnel')).toHaveCount(0);

  await customer.context().setOffline(false);
  await expect(widget.connectionBanner(customer)).toHaveText('Connected', { timeout: 30_000 });
  await expect(pending).toContainText(/Sent|Delivered|Read/);
  await expect(dashboard.messageItem(agent, 'Written in a tunnel')).toHaveCount(1);
  await snap(customer, 'widget back online, message sent');

  // Exactly once: in the history, on the agent's screen and on the customer's, also a moment later.
  const token = await widget.customerToken(customer);
  const countStored = async () =>
    (await messages(token, conversation)).filter((m) => m.text === 'Written in a tunnel').length;
  await expect.poll(countStored).toBe(1);
  await customer.waitForTimeout(2_000);
  expect(await countStored()).toBe(1);
  await expect(dashboard.messageItem(agent, 'Written in a tunnel')).toHaveCount(1);
  await expect(widget.messageItem(customer, 'Written in a tunnel')).toHaveCount(1);
  await snap(agent, 'dashboard got the message once');
});
