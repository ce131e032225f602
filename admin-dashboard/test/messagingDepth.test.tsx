import type { Attachment, ConversationEvent, FileView, ParleyClient, Role } from '@parley/client-sdk';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttentionProvider } from '../src/alerts/AttentionProvider.tsx';
import { WorkspacePage } from '../src/workspace/WorkspacePage.tsx';
import {
  assignedEvent,
  at,
  conversation,
  CONV_A,
  CUSTOMER_A,
  customerMessage,
  FakeGateway,
  newClient,
  problem,
  renderWith,
  Route,
  ScriptedTransport,
  SELF,
} from './fakes.tsx';

const clients: ParleyClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function event(seq: number, over: Partial<ConversationEvent>): ConversationEvent {
  return {
    conversationId: CONV_A,
    seq,
    type: 'MESSAGE',
    id: `e-${seq}`,
    senderId: SELF,
    senderRole: 'AGENT',
    text: null,
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    ...over,
  };
}

const mine = (seq: number, text: string, over: Partial<ConversationEvent> = {}) =>
  event(seq, { text, clientMessageId: `mine-${seq}`, ...over });
const receipt = (seq: number, receiptStatus: 'DELIVERED' | 'READ', upToSeq: number) =>
  event(seq, { type: 'RECEIPT', senderId: CUSTOMER_A, senderRole: 'CUSTOMER', receiptStatus, upToSeq });
const reaction = (seq: number, targetSeq: number, emoji: string, senderId = CUSTOMER_A) =>
  event(seq, {
    type: 'REACTION',
    senderId,
    senderRole: senderId === CUSTOMER_A ? 'CUSTOMER' : 'AGENT',
    targetSeq,
    emoji,
    op: 'ADD',
  });

function desk(events: ConversationEvent[], status: 'ACTIVE' | 'ENDED' = 'ACTIVE') {
  const gateway = new FakeGateway();
  gateway.seed([
    {
      conversation: conversation(CONV_A, CUSTOMER_A, status === 'ENDED' ? { status, endedAt: at(30) } : {}),
      events: [customerMessage(CONV_A, CUSTOMER_A, 1, 'Hello there'), assignedEvent(CONV_A, 2), ...events],
    },
  ]);
  gateway.handlers.push((call) => {
    const link = /^\/api\/v1\/files\/([^/]+)\/links$/.exec(call.path);
    if (call.method === 'POST' && link) {
      const variant = (call.body as { variant: string }).variant;
      return {
        status: 200,
        body: {
          url: `http://gateway.test/files/${link[1]}/${variant}?expires=1&sig=s`,
          expiresAt: new Date(Date.now() + 300_000).toISOString(),
        },
      };
    }
    return undefined;
  });
  return gateway;
}

async function renderDesk(gateway: FakeGateway, { focused = true, roles = ['AGENT'] as Role[] } = {}) {
  vi.spyOn(document, 'hasFocus').mockReturnValue(focused);
  const transport = new ScriptedTransport();
  const client = newClient(gateway, true, transport, roles);
  clients.push(client);
  await client.init();
  const last = gateway.conversations[0]!.lastSeq;
  await waitFor(() => expect(client.getState().conversations.byId[CONV_A]?.lastSeq).toBe(last));
  act(() => transport.connect());
  const view = renderWith(client, null, {
    path: `/c/${CONV_A}`,
    routes: (
      <Route
        element={
          <AttentionProvider userId={SELF}>
            <WorkspacePage userId={SELF} />
          </AttentionProvider>
        }
      >
        <Route path="c/:conversationId" element={null} />
      </Route>
    ),
  });
  return { client, transport, ...view };
}

const log = () => within(screen.getByRole('log', { name: 'Messages' }));
const messageWith = (text: string) => log().getByText(text).closest('li')!;

describe('receipts', () => {
  it("ticks the agent's own messages as sent, delivered and read from the customer's receipts", async () => {
    const gateway = desk([
      mine(3, 'First answer'),
      mine(4, 'Second answer'),
      mine(5, 'Third answer'),
      receipt(6, 'DELIVERED', 4),
      receipt(7, 'READ', 3),
    ]);
    const { client } = await renderDesk(gateway);
    const tick = (text: string) => messageWith(text).querySelector('.ticks')?.textContent?.trim();
    expect(tick('First answer')).toBe('· ✓✓ read');
    expect(tick('Second answer')).toBe('· ✓✓ delivered');
    expect(tick('Third answer')).toBe('· ✓ sent');
    expect(tick('Hello there')).toBeUndefined();
    act(() => void client.send(CONV_A, 'Fourth answer'));
    expect(tick('Fourth answer')).toBe('· sending…');
  });

  it('sends a READ receipt for the open conversation in a focused window', async () => {
    const { transport } = await renderDesk(desk([customerMessage(CONV_A, CUSTOMER_A, 3, 'Are you there?')]));
    await waitFor(
      () => expect(transport.sentTo('/receipts')).toContainEqual({ status: 'READ', upToSeq: 3 }),
      {
        timeout: 3000,
      },
    );
  });

  it('sends no READ receipt while the window is in the background', async () => {
    const { transport } = await renderDesk(desk([customerMessage(CONV_A, CUSTOMER_A, 3, 'Are you there?')]), {
      focused: false,
    });
    await waitFor(
      () => expect(transport.sentTo('/receipts')).toContainEqual({ status: 'DELIVERED', upToSeq: 3 }),
      {
        timeout: 3000,
      },
    );
    // A READ would leave within the SDK's one-second batch window after the conversation was shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1300)));
    expect(transport.sentTo('/receipts')).not.toContainEqual(expect.objectContaining({ status: 'READ' }));
  });
});

describe('typing', () => {
  it('shows "Customer is typing…" until their message arrives', async () => {
    const { transport } = await renderDesk(desk([]));
    const status = () => screen.getByText((_, el) => el?.classList.contains('typing') ?? false);
    expect(status()).toHaveTextContent('');
    act(() =>
      transport.push('/user/queue/events', {
        type: 'TYPING',
        conversationId: CONV_A,
        userId: CUSTOMER_A,
        role: 'CUSTOMER',
        typing: true,
        at: at(10),
        expiresInMs: 6000,
      }),
    );
    expect(status()).toHaveTextContent('Customer is typing…');
    act(() => transport.push('/user/queue/events', customerMessage(CONV_A, CUSTOMER_A, 3, 'Found it')));
    await waitFor(() => expect(status()).toHaveTextContent(''));
  });

  it('tells the customer while the agent writes', async () => {
    const { transport } = await renderDesk(desk([]));
    await userEvent.setup().type(screen.getByLabelText('Reply to the customer'), 'Let me see');
    await waitFor(() => expect(transport.sentTo('/typing')).toContainEqual({ typing: true }));
  });
});

describe('reactions', () => {
  it('counts reactions, toggles my own and picks new ones from an accessible picker', async () => {
    const { transport } = await renderDesk(desk([mine(3, 'Here is the fix'), reaction(4, 3, '👍')]));
    const message = within(messageWith('Here is the fix'));
    const thumbs = message.getByRole('button', { name: 'thumbs up: 1' });
    expect(thumbs).toHaveAttribute('aria-pressed', 'false');
    const user = userEvent.setup();
    await user.click(thumbs);
    expect(message.getByRole('button', { name: 'thumbs up: 2, including yours' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(transport.sentTo('/reactions')).toEqual([{ targetSeq: 3, emoji: '👍', op: 'ADD' }]);

    const add = message.getByRole('button', { name: 'Add reaction' });
    await user.click(add);
    expect(add).toHaveAttribute('aria-expanded', 'true');
    const picker = within(message.getByRole('group', { name: 'Choose a reaction' }));
    expect(picker.getByRole('button', { name: 'React with thumbs up' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(message.queryByRole('group', { name: 'Choose a reaction' })).not.toBeInTheDocument();
    expect(message.getByRole('button', { name: 'Add reaction' })).toHaveFocus();

    await user.click(message.getByRole('button', { name: 'Add reaction' }));
    await user.click(message.getByRole('button', { name: 'React with heart' }));
    expect(message.getByRole('button', { name: 'heart: 1, including yours' })).toBeInTheDocument();
    expect(transport.sentTo('/reactions')).toContainEqual({ targetSeq: 3, emoji: '❤️', op: 'ADD' });
  });
});

const image: Attachment = {
  id: 'f-img',
  name: 'screenshot.png',
  contentType: 'image/png',
  size: 20480,
  kind: 'IMAGE',
  width: 640,
  height: 480,
  hasThumbnail: true,
};
const doc: Attachment = {
  id: 'f-doc',
  name: 'invoice.docx',
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  size: 1_572_864,
  kind: 'DOCUMENT',
  hasThumbnail: false,
};

describe('attachments in messages', () => {
  it('shows image thumbnails that open the original and other files as downloads, via signed links', async () => {
    await renderDesk(
      desk([
        event(3, {
          senderId: CUSTOMER_A,
          senderRole: 'CUSTOMER',
          text: 'See attached',
          clientMessageId: 'c3',
          attachments: [image, doc],
        }),
      ]),
    );
    const files = within(log().getByRole('list', { name: 'Files' }));
    const thumbnail = await files.findByRole('img', { name: 'screenshot.png' });
    expect(thumbnail).toHaveAttribute('src', 'http://gateway.test/files/f-img/THUMBNAIL?expires=1&sig=s');
    const open = files.getByRole('link', { name: 'Open image screenshot.png (20 KB) in a new tab' });
    await waitFor(() =>
      expect(open).toHaveAttribute('href', 'http://gateway.test/files/f-img/ORIGINAL?expires=1&sig=s'),
    );
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    const download = files.getByRole('link', { name: /invoice\.docx/ });
    expect(download).toHaveTextContent('invoice.docx (1.5 MB)');
    await waitFor(() =>
      expect(download).toHaveAttribute('href', 'http://gateway.test/files/f-doc/ORIGINAL?expires=1&sig=s'),
    );
    expect(download).toHaveAttribute('download', 'invoice.docx');
  });
});

/** An XMLHttpRequest stand-in: reports progress, then answers what `answer` says for the upload. */
function fakeXhr(answer: () => { status: number; body: unknown }) {
  const requests: Array<{ url: string; auth: string | null }> = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress: ((e: { loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private url = '';
    private auth: string | null = null;
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      if (name === 'Authorization') this.auth = value;
    }
    getResponseHeader() {
      return this.status >= 400 ? 'application/problem+json' : 'application/json';
    }
    send() {
      requests.push({ url: this.url, auth: this.auth });
      setTimeout(() => this.upload.onprogress?.({ loaded: 50, total: 100 }), 0);
      setTimeout(() => {
        const { status, body } = answer();
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 30);
    }
    abort() {
      this.onabort?.();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return requests;
}

const stored = (name: string): FileView => ({
  ...doc,
  id: `f-${name}`,
  name,
  size: 100,
  contentType: 'text/plain',
  kind: 'TEXT',
  conversationId: CONV_A,
  uploaderId: SELF,
  createdAt: at(20),
});

describe('attachments in the composer', () => {
  it('uploads a picked file with progress and sends it with the message', async () => {
    const requests = fakeXhr(() => ({ status: 201, body: stored('notes.txt') }));
    const { transport } = await renderDesk(desk([]));
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Attach files'), new File(['x'.repeat(100)], 'notes.txt'));
    const uploads = within(screen.getByRole('list', { name: 'Files for this message' }));
    expect(uploads.getByRole('progressbar', { name: 'Uploading notes.txt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uploading…' })).toBeDisabled();
    expect(await uploads.findByText('100 B, ready')).toBeInTheDocument();
    expect(requests).toEqual([{ url: 'http://gateway.test/api/v1/files', auth: 'Bearer access' }]);

    await user.type(screen.getByLabelText('Reply to the customer'), 'The notes');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(transport.sentTo('/messages')).toContainEqual(
        expect.objectContaining({ text: 'The notes', attachments: ['f-notes.txt'] }),
      ),
    );
    expect(screen.queryByRole('list', { name: 'Files for this message' })).not.toBeInTheDocument();
  });

  it("shows the server's reason for a refused file and sends nothing for it", async () => {
    fakeXhr(() => problem(415, 'type application/x-msdownload is not allowed'));
    await renderDesk(desk([]));
    const reply = screen.getByLabelText('Reply to the customer');
    fireEvent.paste(reply, { clipboardData: { files: [new File(['MZ'], 'setup.exe')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not uploaded: type application/x-msdownload is not allowed',
    );
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove setup.exe' }));
    expect(screen.queryByRole('list', { name: 'Files for this message' })).not.toBeInTheDocument();
  });
});

describe('reopen', () => {
  it('reopens an ended conversation', async () => {
    const gateway = desk([], 'ENDED');
    gateway.handlers.push((call) =>
      call.method === 'POST' && call.path === `/api/v1/conversations/${CONV_A}/reopen`
        ? {
            status: 200,
            body: conversation(CONV_A, CUSTOMER_A, { status: 'QUEUED', agentId: null, lastSeq: 3 }),
          }
        : undefined,
    );
    await renderDesk(gateway);
    expect(screen.getByText('This conversation has ended.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reopen conversation' }));
    await waitFor(() => expect(screen.queryByText('This conversation has ended.')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: /^Customer aaaaaaaa/ })).toHaveTextContent('queued');
    expect(gateway.calls.filter((c) => c.path.endsWith('/reopen'))).toHaveLength(1);
  });

  it("shows the server's reason when it cannot be reopened", async () => {
    const gateway = desk([], 'ENDED');
    gateway.handlers.push((call) =>
      call.path.endsWith('/reopen') ? problem(409, 'conversation is not ended') : undefined,
    );
    await renderDesk(gateway);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reopen conversation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reopen: conversation is not ended');
  });

  it('shows the reopening as a line in the timeline', async () => {
    await renderDesk(
      desk([
        event(3, { type: 'ENDED', senderId: CUSTOMER_A, senderRole: 'CUSTOMER' }),
        event(4, { type: 'REOPENED', senderId: CUSTOMER_A, senderRole: 'CUSTOMER' }),
      ]),
    );
    expect(log().getByText(/Reopened by the customer; back in the queue/)).toBeInTheDocument();
  });
});
