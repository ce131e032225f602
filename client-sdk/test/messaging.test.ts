import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParleyApi, type XhrLike } from '../src/api.ts';
import { ParleyClient, type ParleyClientOptions } from '../src/client.ts';
import { selectTimeline } from '../src/conversations.ts';
import { ApiError } from '../src/errors.ts';
import { MemoryTokenStore } from '../src/tokens.ts';
import { AGENT_ID, FakeParley } from './fake-server.ts';

const clients: ParleyClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
});

const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 2 });

function client(server: FakeParley, options: Partial<ParleyClientOptions> = {}) {
  const c = new ParleyClient({
    baseUrl: 'http://gateway.test',
    fetch: server.fetch,
    transport: server.transport,
    random: () => 0,
    receiptDelayMs: 5,
    ...options,
  });
  clients.push(c);
  return c;
}

/** A guest chatting with Carol, live. */
async function chatting(server: FakeParley) {
  const c = client(server);
  await c.loginAsGuest({ name: 'Ann' });
  await until(() => expect(c.getState().connection.status).toBe('live'));
  const { id } = await c.startConversation({ text: 'Hello?' });
  server.assign(id);
  await until(() => expect(c.getState().conversations.byId[id]?.status).toBe('ACTIVE'));
  return { c, id, me: c.getState().session!.userId };
}

const view = (c: ParleyClient, id: string) => c.getState().conversations.byId[id]!;
const lines = (c: ParleyClient, id: string) => selectTimeline(view(c, id), c.getState().session!.userId);

describe('receipts', () => {
  it("sends DELIVERED for the agent's message once it is in the store, and READ when shown", async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    const reply = server.post(id, AGENT_ID, 'How can I help?');
    await until(() =>
      expect(server.signals).toContainEqual({
        kind: 'receipts',
        conversationId: id,
        body: { status: 'DELIVERED', upToSeq: reply.seq },
      }),
    );
    c.markRead(id);
    await until(() =>
      expect(
        server
          .timeline(id)
          .filter((e) => e.type === 'RECEIPT')
          .map((e) => e.receiptStatus),
      ).toEqual(['DELIVERED', 'READ']),
    );
    // Confirmed by the events: nothing more goes out, also on a new socket.
    await until(() => expect(view(c, id).receipts.CUSTOMER.read.at(-1)?.upToSeq).toBe(reply.seq));
    const count = server.signals.length;
    c.markRead(id);
    server.liveSockets()[0]!.drop();
    await until(() => expect(server.liveSockets()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(server.signals).toHaveLength(count);
  });

  it("ticks the customer's messages as the agent receives and reads them", async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    expect(lines(c, id)[0]).toMatchObject({ text: 'Hello?', receipt: null });
    server.receipt(id, AGENT_ID, 'DELIVERED', 1);
    await until(() => expect(lines(c, id)[0]).toMatchObject({ receipt: 'delivered' }));
    server.receipt(id, AGENT_ID, 'READ', 1);
    await until(() => expect(lines(c, id)[0]).toMatchObject({ receipt: 'read' }));
    expect(lines(c, id)[0]!.readAt).not.toBeNull();
  });

  it('sends no receipt in an ended conversation (the server would refuse it)', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    server.end(id, AGENT_ID);
    await until(() => expect(view(c, id).status).toBe('ENDED'));
    c.markRead(id);
    await new Promise((r) => setTimeout(r, 30));
    expect(server.signals.filter((s) => s.body.status === 'READ')).toEqual([]);
  });
});

describe('reactions', () => {
  it('adds and removes an own reaction, shown at once and counted per emoji', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    const reply = server.post(id, AGENT_ID, 'Done!');
    await until(() => expect(view(c, id).lastSeq).toBe(reply.seq));
    server.reaction(id, AGENT_ID, reply.seq, '👍', 'ADD');
    c.toggleReaction(id, reply.seq, '👍');
    const reactions = () => lines(c, id).find((l) => l.seq === reply.seq)!.reactions;
    expect(reactions()).toEqual([{ emoji: '👍', count: 1, mine: true }]);
    await until(() => expect(reactions()).toEqual([{ emoji: '👍', count: 2, mine: true }]));
    c.toggleReaction(id, reply.seq, '👍');
    // the last REACTION: the SDK's own DELIVERED/READ receipts may land in between
    await until(() => expect(lastReaction(server, id)).toMatchObject({ type: 'REACTION', op: 'REMOVE' }));
    await until(() => expect(reactions()).toEqual([{ emoji: '👍', count: 1, mine: false }]));
    expect(view(c, id).pendingReactions).toEqual([]);
  });

  it('sends a reaction made offline after the reconnect', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    c.disconnect();
    c.react(id, 1, '🎉', 'ADD');
    expect(server.signals.filter((s) => s.kind === 'reactions')).toEqual([]);
    c.connect();
    await until(() =>
      expect(lastReaction(server, id)).toMatchObject({ type: 'REACTION', emoji: '🎉', targetSeq: 1 }),
    );
  });

  it('refuses what is not an emoji before it is sent', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    expect(() => c.react(id, 1, 'ok', 'ADD')).toThrow(RangeError);
    expect(() => c.react(id, 1, '<b>', 'ADD')).toThrow(RangeError);
  });
});

function lastReaction(server: FakeParley, id: string) {
  return server
    .timeline(id)
    .filter((e) => e.type === 'REACTION')
    .at(-1);
}

describe('gap repair with receipts and reactions', () => {
  it('applies a missed reaction and receipt exactly once, also when they arrive live again', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    server.dropLive = true;
    server.receipt(id, AGENT_ID, 'READ', 1);
    server.reaction(id, AGENT_ID, 1, '❤️', 'ADD');
    const missed = server.timeline(id).slice(-2);
    server.dropLive = false;
    server.post(id, AGENT_ID, 'Anything else?'); // a gap: the repair fetches the two missed events
    await until(() => expect(view(c, id).lastSeq).toBe(server.timeline(id).at(-1)!.seq));
    missed.forEach((event) => server.redeliver(event));
    await new Promise((r) => setTimeout(r, 20));
    expect(lines(c, id)[0]).toMatchObject({
      receipt: 'read',
      reactions: [{ emoji: '❤️', count: 1, mine: false }],
    });
    expect(view(c, id).receipts.AGENT.read).toHaveLength(1);
  });
});

describe('typing', () => {
  it("shows the agent typing and hides it when they stop; sends the customer's own typing", async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    server.typing(id, AGENT_ID, true);
    await until(() => expect(view(c, id).typing.map((t) => t.userId)).toEqual([AGENT_ID]));
    server.typing(id, AGENT_ID, false);
    await until(() => expect(view(c, id).typing).toEqual([]));
    c.typing(id);
    c.typing(id);
    expect(server.signals.filter((s) => s.kind === 'typing').map((s) => s.body)).toEqual([{ typing: true }]);
  });
});

describe('attachments', () => {
  it('uploads a file, sends it with a message and fetches a signed link once while valid', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    const file = await c.uploadFile(id, new File([new Uint8Array(20)], 'shot.png', { type: 'image/png' }));
    expect(server.uploads).toEqual([{ conversationId: id, name: 'shot.png', size: 20 }]);
    expect(file).toMatchObject({ kind: 'IMAGE', hasThumbnail: true, conversationId: id });
    c.send(id, '', [file]);
    const socket = server.liveSockets()[0]!;
    await until(() => expect(socket.sends.at(-1)!.body).toMatchObject({ text: '', attachments: [file.id] }));
    expect(
      lines(c, id)
        .at(-1)!
        .attachments.map((a) => a.name),
    ).toEqual(['shot.png']);
    const first = await c.fileLink(file.id, 'THUMBNAIL');
    const again = await c.fileLink(file.id, 'THUMBNAIL');
    expect(again).toBe(first);
    expect(server.requests.filter((r) => r.endsWith('/links'))).toHaveLength(1);
  });

  it("reports the server's 413 and 415 answers", async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    const big = c.uploadFile(id, new File([new Uint8Array(2000)], 'big.png', { type: 'image/png' }));
    await expect(big).rejects.toMatchObject({ status: 413 });
    const html = c.uploadFile(id, new File(['<html>'], 'page.png', { type: 'text/html' }));
    await expect(html).rejects.toMatchObject({ status: 415, detail: 'file type text/html is not allowed' });
  });

  it('refuses a message without text and files, or with more than five files', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    expect(() => c.send(id, '  ')).toThrow('text must not be empty');
    const file = {
      id: 'f',
      name: 'a',
      contentType: 'image/png',
      size: 1,
      kind: 'IMAGE' as const,
      hasThumbnail: false,
    };
    expect(() => c.send(id, 'six', Array(6).fill(file))).toThrow('at most 5 files');
  });

  it('reports upload progress over XMLHttpRequest', async () => {
    const progress: number[] = [];
    const fake = fakeXhr(201, JSON.stringify({ id: 'f1' }));
    const tokens = new MemoryTokenStore({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: Date.now() + 600_000,
      userId: 'u',
      roles: ['GUEST'],
    });
    const api = new ParleyApi({ baseUrl: 'http://gateway.test', tokens, xhr: () => fake.xhr });
    const view = await api.uploadFile('c1', new Blob(['abc']), 'a.txt', {
      onProgress: (loaded, total) => progress.push(loaded / total),
    });
    expect(view).toEqual({ id: 'f1' });
    expect(progress).toEqual([0.5, 1]);
    expect(fake.headers).toMatchObject({ Authorization: 'Bearer a' });
    expect(fake.url).toBe('http://gateway.test/api/v1/files');
  });
});

describe('availability, reopen and verified identity', () => {
  it('asks whether an agent of the department is online', async () => {
    const server = new FakeParley();
    const c = client(server);
    await c.loginAsGuest();
    expect(await c.availability('sales')).toEqual({
      department: 'sales',
      available: true,
      agentsOnline: 2,
      estimatedWaitSeconds: 120,
    });
  });

  it('reopens an ended conversation: it waits in line again and takes messages', async () => {
    const server = new FakeParley();
    const { c, id } = await chatting(server);
    await c.end(id);
    expect(() => c.send(id, 'more')).toThrow('conversation has ended');
    const reopened = await c.reopen(id);
    expect(reopened.status).toBe('QUEUED');
    expect(view(c, id)).toMatchObject({ status: 'QUEUED', agentId: null });
    await until(() => expect(view(c, id).timeline.at(-1)!.type).toBe('REOPENED'));
    expect(() => c.send(id, 'more')).not.toThrow();
  });

  it('signs in a verified customer, and refuses a wrong signature', async () => {
    const server = new FakeParley();
    const c = client(server);
    const session = await c.loginAsCustomer({
      externalId: 'shop-42',
      signature: 'signed:shop-42',
      name: 'Ann',
    });
    expect(session).toEqual({ userId: 'customer-shop-42', roles: ['CUSTOMER'] });
    const other = client(server);
    await expect(
      other.loginAsCustomer({ externalId: 'shop-42', signature: 'forged' }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(other.getState().session).toBeNull();
  });
});

function fakeXhr(status: number, body: string) {
  const state = { url: '', headers: {} as Record<string, string>, xhr: null as unknown as XhrLike };
  const xhr: XhrLike = {
    status: 0,
    responseText: '',
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    onabort: null,
    open: (_method, url) => {
      state.url = url;
    },
    setRequestHeader: (name, value) => {
      state.headers[name] = value;
    },
    getResponseHeader: (name) => (name === 'Content-Type' ? 'application/json' : null),
    abort: () => undefined,
    send: () => {
      queueMicrotask(() => {
        xhr.upload.onprogress?.({ loaded: 1, total: 2 } as ProgressEvent);
        xhr.upload.onprogress?.({ loaded: 2, total: 2 } as ProgressEvent);
        Object.assign(xhr, { status, responseText: body });
        xhr.onload?.({} as ProgressEvent);
      });
    },
  };
  state.xhr = xhr;
  return state;
}
