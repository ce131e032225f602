import { deflateSync } from 'node:zlib';
import { CAROL } from '../support/api.ts';
import * as dashboard from '../support/dashboard.ts';
import { expect, test } from '../support/test.ts';
import * as widget from '../support/widget.ts';

/** A small valid PNG (a blue square) built in place, so the test carries no binary fixture. */
function png(size = 48): Buffer {
  const crc = (bytes: Buffer): number => {
    let c = ~0;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rows.set([0x33, 0x66, 0xcc], y * (size * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a customer sends a picture, the agent sees it and reacts, typing shows live, and search finds the chat', async ({
  page: customer,
  newPerson,
  snap,
}) => {
  const word = `quokka${Date.now().toString(36)}`;
  await widget.openWidget(customer);
  await widget.startChat(customer, { name: 'Pia', message: `Pia: my ${word} tent has a tear` });

  const agent = await newPerson();
  await dashboard.signIn(agent, CAROL);
  await dashboard.setAvailability(agent, 'Online', 2);
  await expect(widget.queueStatus(customer)).toHaveText(`You are chatting with ${CAROL.name}.`);
  await dashboard.openConversation(agent, `Pia: my ${word} tent has a tear`);

  // A picture from the widget: uploaded, sent, shown to the agent as a thumbnail.
  await customer.locator('input[type=file]').setInputFiles({
    name: 'tear.png',
    mimeType: 'image/png',
    buffer: png(),
  });
  await expect(customer.getByText('Ready to send')).toBeVisible();
  await widget.send(customer, 'Here is a photo');
  await expect(dashboard.messageLog(agent).getByRole('img', { name: 'tear.png' })).toBeVisible();
  await snap(agent, 'agent sees the picture');

  // Typing shows on the other side while the customer writes.
  await widget.composer(customer).pressSequentially('One more thing', { delay: 50 });
  await expect(agent.getByText('Customer is typing…')).toBeVisible();

  // The agent reacts to the customer's first message; the customer sees it.
  const first = dashboard.messageItem(agent, `Pia: my ${word} tent has a tear`);
  await first.getByRole('button', { name: 'Add reaction' }).click();
  await first.getByRole('button', { name: 'React with thumbs up' }).click();
  await expect(widget.messageItem(customer, `Pia: my ${word} tent has a tear`)).toContainText('👍');
  await snap(customer, 'customer sees the reaction');

  // Search finds the words for the agent.
  await agent.getByRole('link', { name: 'Search' }).click();
  await agent.getByLabel('Words to find').fill(word);
  await agent.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(agent.getByRole('link', { name: /^Conversation [0-9a-f]{8}, message 1$/ })).toBeVisible();
  await expect(agent.locator('mark').filter({ hasText: word })).toBeVisible();
  await snap(agent, 'search finds the chat');
});
