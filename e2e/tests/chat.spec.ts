import { CAROL } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

test('a customer and an agent chat live: place in line, the agent joins by name, messages both ways, sending then sent', async ({
  page: customer,
  newPerson,
  snap,
}) => {
  await widget.openWidget(customer);
  await snap(customer, 'widget pre-chat form');
  await widget.startChat(customer, { name: 'Ann', message: 'Hi, my parcel never arrived' });

  await expect(widget.queueStatus(customer)).toContainText('next in line');
  await expect(widget.queueStatus(customer)).toContainText('in line');
  await expect(widget.connectionBanner(customer)).toHaveText('Connected');
  await expect(widget.messageItem(customer, 'Hi, my parcel never arrived')).toContainText(/Sent|Delivered|Read/);
  await snap(customer, 'widget first in line');

  const agent = await newPerson();
  await dashboard.signIn(agent, CAROL);
  await snap(agent, 'dashboard workspace, offline');
  await dashboard.setAvailability(agent, 'Online', 1);

  await expect(widget.queueStatus(customer)).toHaveText(`You are chatting with ${CAROL.name}.`);
  await expect(widget.messageLog(customer)).toContainText(`${CAROL.name} joined the chat.`);

  await dashboard.openConversation(agent, 'Hi, my parcel never arrived');
  await expect(dashboard.messageItem(agent, 'Hi, my parcel never arrived')).toContainText('Customer');
  // Carol has the conversation open: the customer's first message shows as read
  await expect(widget.messageItem(customer, 'Hi, my parcel never arrived')).toContainText('Read');
  await dashboard.reply(agent, 'Hello Ann, I am looking into it.');
  await expect(dashboard.messageItem(agent, 'Hello Ann, I am looking into it.')).toContainText('You');
  await expect(widget.messageItem(customer, 'Hello Ann, I am looking into it.')).toContainText(
    `${CAROL.name}:`,
  );

  const lines = await widget.recordOwnMessageLines(customer);
  await widget.send(customer, 'Thanks! Order 1234.');
  const own = widget.messageItem(customer, 'Thanks! Order 1234.');
  await expect(own).toContainText(/Sent|Delivered|Read/);
  const seen = (await lines()).filter((line) => line.includes('Thanks! Order 1234.'));
  const sending = seen.findIndex((line) => line.includes('Sending…'));
  const sent = seen.findIndex((line) => /Sent|Delivered|Read/.test(line));
  expect(
    sending,
    `the message showed "Sending…" first; it showed: ${JSON.stringify(seen)}`,
  ).toBeGreaterThanOrEqual(0);
  expect(sent, 'then "Sent" (or already "Delivered"/"Read")').toBeGreaterThan(sending);
  await expect(dashboard.messageItem(agent, 'Thanks! Order 1234.')).toContainText('Customer');
  await snap(customer, 'widget chatting');
  await snap(agent, 'dashboard conversation');

  await dashboard.endConversation(agent);
  await expect(widget.queueStatus(customer)).toHaveText('This chat has ended.');
  await expect(customer.getByRole('button', { name: 'Start a new chat' })).toBeVisible();
  await snap(customer, 'widget chat ended');
});
