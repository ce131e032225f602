import { CAROL } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

test('a customer waiting while the agent is at capacity sees their place in line move, and is assigned when the first chat ends', async ({
  page: ann,
  newPerson,
  snap,
}) => {
  await widget.openWidget(ann);
  await widget.startChat(ann, { name: 'Ann', message: 'Ann: where is my parcel?' });
  // nobody is online yet: no estimate
  await expect(widget.queueStatus(ann)).toHaveText(
    "You are next in line. We'll connect you as soon as someone is available.",
  );

  const ben = await newPerson();
  await widget.openWidget(ben);
  await widget.startChat(ben, { name: 'Ben', message: 'Ben: I was charged twice' });
  await expect(widget.queueStatus(ben)).toHaveText(/^You are number 2 in line\b/);
  await snap(ben, 'second customer, number 2 in line');

  const agent = await newPerson();
  await dashboard.signIn(agent, CAROL);
  await dashboard.setAvailability(agent, 'Online', 1);

  // Carol takes Ann (capacity 1 reached); Ben moves up without reloading.
  await expect(widget.queueStatus(ann)).toHaveText(`You are chatting with ${CAROL.name}.`);
  // Carol is online but full: an estimate from the department's handling times
  await expect(widget.queueStatus(ben)).toHaveText(
    /^You are next in line · (less than a minute|about \d+ min|about an hour|over an hour)$/,
  );
  await snap(ben, 'second customer moved up to number 1');
  await expect(dashboard.conversationLink(agent, 'Ann: where is my parcel?')).toBeVisible();
  await expect(dashboard.conversationLink(agent, 'Ben: I was charged twice')).toHaveCount(0);

  await dashboard.openConversation(agent, 'Ann: where is my parcel?');
  await dashboard.endConversation(agent);
  await expect(widget.queueStatus(ann)).toHaveText('This chat has ended.');

  // Ann's chat ended: Ben is assigned at once.
  await expect(widget.queueStatus(ben)).toHaveText(`You are chatting with ${CAROL.name}.`);
  await expect(widget.messageLog(ben)).toContainText(`${CAROL.name} joined the chat.`);
  await expect(dashboard.conversationLink(agent, 'Ben: I was charged twice')).toBeVisible();
  await snap(ben, 'second customer assigned');
  await snap(agent, 'dashboard with the second conversation');
});
