import { CAROL, DAVE } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

const DAVE_NAME = 'Dave Okafor';
const NOTE = 'She already sent the PDF of the invoice; only the address is wrong.';

test('an agent transfers a chat to a colleague with a note: the colleague reads the note, the customer only sees the transfer', async ({
  page: customer,
  newPerson,
  snap,
}) => {
  await widget.openWidget(customer);
  await widget.startChat(customer, { name: 'Theo', message: 'Theo: my invoice shows the wrong address' });

  const carol = await newPerson();
  await dashboard.signIn(carol, CAROL);
  await dashboard.setAvailability(carol, 'Online', 2);
  await expect(widget.queueStatus(customer)).toHaveText(`You are chatting with ${CAROL.name}.`);

  const dave = await newPerson();
  await dashboard.signIn(dave, DAVE);
  await dashboard.setAvailability(dave, 'Online', 2);

  await dashboard.openConversation(carol, 'Theo: my invoice shows the wrong address');
  await carol.getByRole('button', { name: 'Transfer…' }).click();
  const dialog = carol.getByRole('dialog', { name: 'Transfer conversation' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: DAVE_NAME }).check();
  await dialog.getByLabel('Note for the next agent (optional)').fill(NOTE);
  await snap(carol, 'transfer dialog with a note');
  await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();

  // The customer is told and keeps chatting, now with Dave; the note never reaches them.
  await expect(widget.queueStatus(customer)).toHaveText(`You are chatting with ${DAVE_NAME}.`);
  await expect(widget.messageLog(customer)).toContainText(`Transferring you to ${DAVE_NAME}`);
  await expect(widget.messageLog(customer)).not.toContainText(NOTE);
  await snap(customer, 'customer told of the transfer');

  // Dave has the chat with its history and the internal note; Carol no longer has it.
  await dashboard.openConversation(dave, 'Theo: my invoice shows the wrong address');
  await expect(dashboard.messageLog(dave)).toContainText('Internal note');
  await expect(dashboard.messageLog(dave)).toContainText(NOTE);
  await expect(dashboard.messageLog(dave)).toContainText('Theo: my invoice shows the wrong address');
  await snap(dave, 'colleague reads the internal note');
  await expect(dashboard.conversationLink(carol, 'Theo: my invoice shows the wrong address')).toHaveCount(0);

  await dashboard.reply(dave, 'Hi Theo, Dave here: I will fix the address now.');
  await expect(widget.messageLog(customer)).toContainText('Dave here');
});
