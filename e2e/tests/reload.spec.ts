import { CAROL } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

test('reloading keeps the history: the customer finds the same conversation, the agent the conversation and the draft', async ({
  page: customer,
  newPerson,
  snap,
}) => {
  await widget.openWidget(customer);
  await widget.startChat(customer, { name: 'Rita', message: 'Rita: can I change my address?' });
  const conversation = await widget.conversationId(customer);

  const agent = await newPerson();
  await dashboard.signIn(agent, CAROL);
  await dashboard.setAvailability(agent, 'Online', 1);
  await dashboard.openConversation(agent, 'Rita: can I change my address?');
  await dashboard.reply(agent, 'Sure, what is the new one?');
  await expect(widget.messageItem(customer, 'Sure, what is the new one?')).toBeVisible();
  await widget.send(customer, '12 Harbour Street');
  await expect(widget.messageItem(customer, '12 Harbour Street')).toContainText(/Sent|Delivered|Read/);
  await expect(dashboard.messageItem(agent, '12 Harbour Street')).toBeVisible();
  await dashboard.replyBox(agent).fill('Done, your parcel will go to 12 Harbour');

  await customer.reload();
  await expect(widget.queueStatus(customer)).toHaveText(`You are chatting with ${CAROL.name}.`);
  for (const text of ['Rita: can I change my address?', 'Sure, what is the new one?', '12 Harbour Street']) {
    await expect(widget.messageItem(customer, text)).toBeVisible();
  }
  await expect(widget.messageItem(customer, '12 Harbour Street')).toContainText(/Sent|Delivered|Read/);
  await expect(customer.getByRole('form', { name: 'Start a chat' })).toHaveCount(0);
  expect(await widget.conversationId(customer)).toBe(conversation);
  await snap(customer, 'widget after reload');

  await agent.reload();
  await expect(agent).toHaveURL(new RegExp(`/dashboard/c/${conversation}$`));
  await expect(dashboard.replyBox(agent)).toHaveValue('Done, your parcel will go to 12 Harbour');
  for (const text of ['Rita: can I change my address?', 'Sure, what is the new one?', '12 Harbour Street']) {
    await expect(dashboard.messageItem(agent, text)).toBeVisible();
  }
  await expect(dashboard.conversationLink(agent, 'draft')).toBeVisible();
  await snap(agent, 'dashboard after reload with the draft');

  // The draft is still a reply of the same conversation: sending it reaches the customer.
  await agent.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(widget.messageItem(customer, 'Done, your parcel will go to 12 Harbour')).toBeVisible();
});
