import { ApiError, type ConversationEvent } from '@parley/client-sdk';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeClient, GUEST_ID, conversation } from '../../test/fakeClient.ts';
import { identityMessage } from '../embed/protocol.ts';
import { ParleyContext } from '../hooks/useParley.ts';
import { StorageKeys } from '../storage.ts';
import { App } from './App.tsx';

function renderApp(client: FakeClient, identity = false) {
  render(
    <ParleyContext.Provider value={client}>
      <App
        config={{ embedded: identity, department: 'support', pageUrl: undefined, topics: [], identity }}
        ready={Promise.resolve()}
      />
    </ParleyContext.Provider>,
  );
  return userEvent.setup();
}

function event(seq: number, fields: Partial<ConversationEvent>): { type: 'event'; event: ConversationEvent } {
  return {
    type: 'event',
    event: {
      conversationId: 'c1',
      seq,
      type: 'MESSAGE',
      id: `e${seq}`,
      senderId: 'carol',
      senderRole: 'AGENT',
      text: null,
      clientMessageId: null,
      agentId: null,
      agentName: null,
      at: `2026-03-01T10:0${seq}:00Z`,
      ...fields,
    },
  };
}

/** c1 on screen: the customer's message 1, Carol assigned (2) and writing (3). */
function chatting() {
  const client = new FakeClient();
  client.signIn();
  client.emit({ type: 'conversationLoaded', conversation: conversation('c1', 'ACTIVE') });
  client.setConnection({ status: 'live' });
  client.emit({
    type: 'events',
    events: [
      event(1, {
        senderId: GUEST_ID,
        senderRole: 'CUSTOMER',
        text: 'Where is my parcel?',
        clientMessageId: 'x',
      }).event,
      event(2, {
        type: 'ASSIGNED',
        senderId: 'system',
        senderRole: 'SYSTEM',
        agentId: 'carol',
        agentName: 'Carol',
      }).event,
      event(3, { text: 'Let me check.' }).event,
    ],
  });
  localStorage.setItem(StorageKeys.conversation, 'c1');
  return client;
}

const own = () => screen.getByText('Where is my parcel?').closest('li')!;

describe('ticks', () => {
  it("shows one tick when sent, two when Carol's side has it, two coloured when she read it", async () => {
    const client = chatting();
    renderApp(client);
    expect(within(await screen.findByRole('log')).getByText('Sent')).toBeInTheDocument();
    expect(own()).toHaveAttribute('data-status', 'sent');
    act(() => client.emit(event(4, { type: 'RECEIPT', receiptStatus: 'DELIVERED', upToSeq: 1 })));
    expect(own()).toHaveAttribute('data-status', 'delivered');
    expect(within(own()).getByText('Delivered')).toHaveClass('sr-only');
    expect(within(own()).getByText('✓✓')).toHaveAttribute('aria-hidden', 'true');
    act(() => client.emit(event(5, { type: 'RECEIPT', receiptStatus: 'READ', upToSeq: 1 })));
    expect(own()).toHaveAttribute('data-status', 'read');
    expect(within(own()).getByText('Read')).toBeInTheDocument();
    // Receipts are not lines of the chat.
    expect(within(screen.getByRole('log')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('marks the chat read only while it is on screen in a focused window', async () => {
    const focused = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    const client = chatting();
    renderApp(client);
    await screen.findByRole('log');
    expect(client.markRead).not.toHaveBeenCalled();
    focused.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(client.markRead).toHaveBeenCalledWith('c1');
  });
});

describe('typing', () => {
  it('says politely who is typing, and nothing once they stop', async () => {
    const client = chatting();
    renderApp(client);
    await screen.findByRole('log');
    const line = document.querySelector('.typing-indicator')!;
    expect(line).toHaveAttribute('aria-live', 'polite');
    expect(line).toHaveTextContent('');
    const typing = (on: boolean) =>
      act(() =>
        client.emit({
          type: 'typing',
          now: 0,
          update: {
            type: 'TYPING',
            conversationId: 'c1',
            userId: 'carol',
            role: 'AGENT',
            typing: on,
            at: '2026-03-01T10:04:00Z',
            expiresInMs: 6000,
          },
        }),
      );
    typing(true);
    expect(line).toHaveTextContent('Carol is typing…');
    typing(false);
    expect(line).toHaveTextContent('');
  });

  it('tells the SDK while the customer types, and when they clear the box', async () => {
    const client = chatting();
    const user = renderApp(client);
    await user.type(await screen.findByLabelText('Message'), 'Hi');
    expect(client.typing).toHaveBeenCalledWith('c1');
    await user.clear(screen.getByLabelText('Message'));
    expect(client.stopTyping).toHaveBeenCalledWith('c1');
  });
});

describe('reactions', () => {
  it('adds a reaction from the picker and shows counts, pressed when the customer reacted', async () => {
    const client = chatting();
    const user = renderApp(client);
    const reply = (await screen.findByText('Let me check.')).closest('li')!;
    await user.click(within(reply).getByRole('button', { name: 'Add reaction' }));
    const picker = within(reply).getByRole('group', { name: 'Choose a reaction' });
    expect(within(picker).getByRole('button', { name: 'Thumbs up' })).toHaveFocus();
    await user.click(within(picker).getByRole('button', { name: 'Heart' }));
    expect(client.toggleReaction).toHaveBeenCalledWith('c1', 3, '❤️');
    expect(within(reply).queryByRole('group')).toBeNull();
    expect(within(reply).getByRole('button', { name: 'Add reaction' })).toHaveFocus();

    act(() => {
      client.emit(event(4, { type: 'REACTION', targetSeq: 3, emoji: '👍', op: 'ADD', senderId: 'carol' }));
      client.emit(event(5, { type: 'REACTION', targetSeq: 3, emoji: '👍', op: 'ADD', senderId: GUEST_ID }));
    });
    const chip = within(reply).getByRole('button', { name: 'Thumbs up: 2, including you' });
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await user.click(chip);
    expect(client.toggleReaction).toHaveBeenLastCalledWith('c1', 3, '👍');
  });

  it('closes the picker on Escape', async () => {
    const client = chatting();
    const user = renderApp(client);
    const reply = (await screen.findByText('Let me check.')).closest('li')!;
    await user.click(within(reply).getByRole('button', { name: 'Add reaction' }));
    await user.keyboard('{Escape}');
    expect(within(reply).queryByRole('group')).toBeNull();
  });
});

describe('attachments', () => {
  const png = () => new File([new Uint8Array(10)], 'receipt.png', { type: 'image/png' });

  it('uploads a picked file with progress and sends it with the message', async () => {
    const client = chatting();
    const user = renderApp(client);
    await screen.findByRole('log');
    await user.upload(document.querySelector<HTMLInputElement>('#composer-file')!, png());
    expect(client.uploadFile).toHaveBeenCalledWith(
      'c1',
      expect.any(File),
      expect.objectContaining({ name: 'receipt.png' }),
    );
    expect(await screen.findByText('Ready to send')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(client.send).toHaveBeenCalledWith('c1', '', [
      expect.objectContaining({ name: 'receipt.png', kind: 'IMAGE' }),
    ]);
  });

  it('sends as soon as the upload finishes when Send is pressed while it is still uploading', async () => {
    const client = chatting();
    let finish: (view: Awaited<ReturnType<typeof client.uploadFile>>) => void = () => {};
    client.uploadFile.mockImplementationOnce(
      (conversationId: string) =>
        new Promise((resolve) => {
          finish = resolve;
          void conversationId;
        }),
    );
    const user = renderApp(client);
    await screen.findByRole('log');
    await user.upload(document.querySelector<HTMLInputElement>('#composer-file')!, png());
    await user.type(screen.getByLabelText('Message'), 'Here it is');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Sending as soon as the files are uploaded…')).toBeInTheDocument();
    expect(client.send).not.toHaveBeenCalled();
    act(() =>
      finish({
        id: 'file-late',
        conversationId: 'c1',
        uploaderId: GUEST_ID,
        name: 'receipt.png',
        contentType: 'image/png',
        size: 10,
        kind: 'IMAGE',
        width: null,
        height: null,
        hasThumbnail: true,
        createdAt: '2026-03-01T10:05:00Z',
      }),
    );
    await waitFor(() =>
      expect(client.send).toHaveBeenCalledWith('c1', 'Here it is', [
        expect.objectContaining({ id: 'file-late' }),
      ]),
    );
    expect(client.send).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Sending as soon as the files are uploaded…')).not.toBeInTheDocument();
  });

  it('uploads a pasted screenshot under a telling name', async () => {
    const client = chatting();
    renderApp(client);
    const box = await screen.findByLabelText('Message');
    const shot = new File([new Uint8Array(5)], 'image.png', { type: 'image/png' });
    fireEvent.paste(box, { clipboardData: { files: [shot] } });
    await screen.findByText('Ready to send');
    const name = client.uploadFile.mock.calls[0]![2]!.name as string;
    expect(name).toMatch(/^screenshot-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.png$/);
  });

  it('says clearly when a file is too large or of a type that is not allowed', async () => {
    const client = chatting();
    client.uploadFile
      .mockRejectedValueOnce(new ApiError(413, 'file larger than 26214400 bytes'))
      .mockRejectedValueOnce(new ApiError(415, 'detected type text/html is not allowed'));
    const user = renderApp(client);
    await screen.findByRole('log');
    const input = document.querySelector<HTMLInputElement>('#composer-file')!;
    await user.upload(input, new File(['x'], 'movie.mp4', { type: 'video/mp4' }));
    expect(await screen.findByText('“movie.mp4” is too large to send (at most 25 MB).')).toHaveAttribute(
      'role',
      'alert',
    );
    await user.upload(input, new File(['x'], 'page.png', { type: 'image/png' }));
    expect(
      await screen.findByText(/“page\.png” cannot be sent: .*detected type text\/html is not allowed/),
    ).toBeInTheDocument();
  });

  it('shows an image as a thumbnail opening the original, and another file as a download link', async () => {
    const client = chatting();
    renderApp(client);
    act(() =>
      client.emit(
        event(4, {
          text: 'Here you go',
          attachments: [
            {
              id: 'img',
              name: 'label.png',
              contentType: 'image/png',
              size: 2048,
              kind: 'IMAGE',
              hasThumbnail: true,
            },
            {
              id: 'doc',
              name: 'invoice.pdf',
              contentType: 'application/pdf',
              size: 3_145_728,
              kind: 'PDF',
              hasThumbnail: false,
            },
          ],
        }),
      ),
    );
    const image = await screen.findByRole('img', { name: 'label.png, open the full image' });
    expect(image).toHaveAttribute('src', 'https://files.test/img/THUMBNAIL?sig=x');
    await waitFor(() =>
      expect(image.closest('a')).toHaveAttribute('href', 'https://files.test/img/ORIGINAL?sig=x'),
    );
    const download = screen.getByRole('link', { name: 'invoice.pdf (3 MB)' });
    await waitFor(() => expect(download).toHaveAttribute('href', 'https://files.test/doc/ORIGINAL?sig=x'));
    expect(download).toHaveAttribute('download', 'invoice.pdf');
  });
});

describe('availability', () => {
  it('says that someone is online and how soon they usually reply', async () => {
    const client = new FakeClient();
    renderApp(client);
    expect(await screen.findByText("We're online — usually a reply in about 2 min.")).toBeInTheDocument();
    expect(client.availability).toHaveBeenCalledWith('support');
  });

  it('invites a message when nobody is online', async () => {
    const client = new FakeClient();
    client.availability.mockResolvedValue({
      department: 'support',
      available: false,
      agentsOnline: 0,
      estimatedWaitSeconds: null,
    });
    renderApp(client);
    expect(
      await screen.findByText("Nobody is online right now; leave a message and we'll get back to you."),
    ).toBeInTheDocument();
  });
});

describe('past chats', () => {
  function returning() {
    const client = new FakeClient();
    client.signIn();
    client.emit({ type: 'conversationLoaded', conversation: conversation('old', 'ENDED') });
    return client;
  }

  it('lists earlier chats and reopens an ended one', async () => {
    const client = returning();
    const user = renderApp(client);
    expect(await screen.findByRole('heading', { name: 'Your chats' })).toBeInTheDocument();
    const row = screen.getByText(/· Ended/).closest('li')!;
    await user.click(within(row).getByRole('button', { name: /^Reopen/ }));
    expect(client.reopen).toHaveBeenCalledWith('old');
    expect(localStorage.getItem(StorageKeys.conversation)).toBe('old');
  });

  it('starts a new chat from the list, and goes back to it from the form', async () => {
    const client = returning();
    const user = renderApp(client);
    await user.click(await screen.findByRole('button', { name: 'Start a new chat' }));
    expect(screen.getByLabelText('How can we help?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to your chats' }));
    expect(screen.getByRole('heading', { name: 'Your chats' })).toBeInTheDocument();
  });

  it('reopens the ended chat on screen', async () => {
    const client = returning();
    localStorage.setItem(StorageKeys.conversation, 'old');
    const user = renderApp(client);
    await user.click(await screen.findByRole('button', { name: 'Reopen this chat' }));
    expect(client.reopen).toHaveBeenCalledWith('old');
  });
});

describe('verified identity', () => {
  it("signs in as the host site's customer from the loader's message, not as a guest", async () => {
    const client = new FakeClient();
    const parent = { postMessage: () => undefined } as unknown as Window;
    Object.defineProperty(window, 'parent', { configurable: true, get: () => parent });
    try {
      renderApp(client, true);
      expect(screen.getByText('Loading…')).toBeInTheDocument();
      const identity = { externalId: 'shop-42', signature: 'ab'.repeat(32), name: 'Ann' };
      act(() => {
        window.dispatchEvent(
          new MessageEvent('message', { data: identityMessage(identity), source: parent }),
        );
      });
      await waitFor(() => expect(client.loginAsCustomer).toHaveBeenCalledWith(identity));
      expect(client.loginAsGuest).not.toHaveBeenCalled();
      expect(localStorage.getItem(StorageKeys.identity)).toBe('shop-42');
      expect(JSON.stringify(localStorage)).not.toContain(identity.signature);
    } finally {
      Object.defineProperty(window, 'parent', { configurable: true, get: () => window });
    }
  });
});
