import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParleyClient, webSocketUrl, type ParleyClientOptions } from '../src/client.ts';
import { MemoryOutboxStorage } from '../src/outbox.ts';
import { MemoryTokenStore } from '../src/tokens.ts';
import { AGENT_ID, FakeParley } from './fake-server.ts';

const clients: ParleyClient[] = [];

afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
});

function client(server: FakeParley, options: Partial<ParleyClientOptions> = {}) {
  const c = new ParleyClient({
    baseUrl: 'http://gateway.test',
    fetch: server.fetch,
    transport: server.transport,
    random: () => 0, // retry at once
    ...options,
  });
  clients.push(c);
  return c;
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 2 });

async function liveGuest(server: FakeParley, options: Partial<ParleyClientOptions> = {}) {
  const c = client(server, options);
  await c.loginAsGuest({ name: 'Ann' });
  await until(() => expect(c.getState().connection.status).toBe('live'));
  return c;
}

async function guestInConversation(server: FakeParley, options: Partial<ParleyClientOptions> = {}) {
  const c = await liveGuest(server, options);
  const conversation = await c.startConversation({ text: 'Hello?' });
  await until(() => expect(c.getState().conversations.byId[conversation.id]?.lastSeq).toBe(1));
  return { c, id: conversation.id };
}

function view(c: ParleyClient, id: string) {
  return c.getState().conversations.byId[id]!;
}

describe('ParleyClient', () => {
  it('connects with a fresh bearer token and subscribes to its events and acks', async () => {
    const server = new FakeParley();
    const tokens = new MemoryTokenStore();
    const c = await liveGuest(server, { tokenStore: tokens });
    const socket = server.sockets[0]!;
    expect(socket.request.url).toBe('ws://gateway.test/ws');
    expect(socket.request.connectHeaders).toEqual({ Authorization: `Bearer ${tokens.get()!.accessToken}` });
    expect(socket.request.subscriptions).toEqual(['/user/queue/events', '/user/queue/acks']);
    expect(c.getState().session).toEqual({ userId: tokens.get()!.userId, roles: ['GUEST'] });
  });

  it('sends the customer details given at the start and keeps only those set', async () => {
    const server = new FakeParley();
    const c = await liveGuest(server);
    const conversation = await c.startConversation({
      text: 'Hi',
      customerName: 'Dana',
      customerEmail: 'dana@example.com',
      platform: 'web',
      pageUrl: 'https://shop.example.com/cart',
      userAgent: 'UA/1',
    });
    expect(conversation).toMatchObject({
      customerName: 'Dana',
      customerEmail: 'dana@example.com',
      platform: 'web',
      pageUrl: 'https://shop.example.com/cart',
      userAgent: 'UA/1',
    });
    expect(view(c, conversation.id)).toMatchObject({
      customerName: 'Dana',
      platform: 'web',
      pageUrl: 'https://shop.example.com/cart',
    });
    const plain = await c.startConversation({ text: 'Again' });
    expect(plain.customerName).toBeUndefined();
    expect(plain.platform).toBe('web');
    expect(view(c, plain.id).customerName).toBeNull();
  });

  it('sends the urgency and skills chosen at the start, and keeps them in the view', async () => {
    const server = new FakeParley();
    const c = await liveGuest(server);
    const conversation = await c.startConversation({
      text: 'My invoice is wrong',
      department: 'support',
      priority: 'HIGH',
      skills: ['billing'],
    });
    expect(server.starts[0]).toMatchObject({ department: 'support', priority: 'HIGH', skills: ['billing'] });
    expect(view(c, conversation.id)).toMatchObject({ priority: 'HIGH', skills: ['billing'] });

    await c.startConversation({ text: 'No hurry' });
    expect(server.starts[1]).not.toHaveProperty('priority');
    expect(server.starts[1]).not.toHaveProperty('skills');
  });

  it('shows a waiting customer the estimated wait and the leave-message offer, live', async () => {
    const server = new FakeParley();
    server.waiting = { position: 3, estimatedWaitSeconds: 540, offerLeaveMessage: false };
    const { c, id } = await guestInConversation(server);
    await until(() => expect(view(c, id)).toMatchObject({ queuePosition: 3, estimatedWaitSeconds: 540 }));
    server.pushPosition(id, { position: 2, estimatedWaitSeconds: null, offerLeaveMessage: true });
    await until(() =>
      expect(view(c, id)).toMatchObject({
        queuePosition: 2,
        estimatedWaitSeconds: null,
        offerLeaveMessage: true,
      }),
    );
  });

  it("never puts a transfer note into a customer's state, even when the server leaks it", async () => {
    const server = new FakeParley();
    server.leakNotes = true;
    const tokens = new MemoryTokenStore();
    const { c, id } = await guestInConversation(server, { tokenStore: tokens });
    server.assign(id);
    server.transferToDepartment(id, 'sales', 'angry about the refund');
    await until(() => expect(view(c, id).lastSeq).toBe(4));
    expect(view(c, id).timeline.map((e) => e.type)).toEqual(['MESSAGE', 'ASSIGNED', 'TRANSFERRED']);
    expect(view(c, id)).toMatchObject({ status: 'QUEUED', department: 'sales', agentId: null });

    // A reload loads the whole history from the server, which leaks the note there too.
    c.dispose();
    const reloaded = client(server, { tokenStore: tokens });
    await reloaded.init();
    await until(() => expect(view(reloaded, id).lastSeq).toBe(4));
    expect(view(reloaded, id).timeline.map((e) => e.type)).toEqual(['MESSAGE', 'ASSIGNED', 'TRANSFERRED']);
    expect(JSON.stringify(reloaded.getState())).not.toContain('angry about the refund');
  });

  it('keeps the transfer note for the staff member who wrote it', async () => {
    const server = new FakeParley();
    const agent = client(server);
    await agent.login('carol@parley.local', 'parley-demo');
    await until(() => expect(agent.getState().connection.status).toBe('live'));
    const customer = server.create('customer-1');
    server.post(customer.conversation.id, 'customer-1', 'Hi');
    server.assign(customer.conversation.id);
    await until(() => expect(agent.getState().conversations.byId[customer.conversation.id]?.lastSeq).toBe(2));
    server.transferToDepartment(customer.conversation.id, 'sales', 'wants a discount');
    await until(() => expect(agent.getState().conversations.byId[customer.conversation.id]?.lastSeq).toBe(4));
    expect(view(agent, customer.conversation.id).timeline.at(-1)).toMatchObject({
      type: 'NOTE',
      text: 'wants a discount',
    });
  });

  it('starts a conversation whose first message is confirmed by its event', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    await until(() => expect(view(c, id).queuePosition).toBe(1));
    expect(view(c, id)).toMatchObject({ status: 'QUEUED', department: 'support', pending: [] });
    expect(view(c, id).timeline.map((e) => e.text)).toEqual(['Hello?']);
  });

  it('sends a live message: pending, then sent on its ack, then confirmed by its event', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    const seen: string[] = [];
    c.subscribe(() => {
      const p = view(c, id).pending[0];
      seen.push(p ? p.status : 'confirmed');
    });
    const clientMessageId = c.send(id, 'Anyone there?');
    expect(view(c, id).pending[0]).toMatchObject({ clientMessageId, status: 'pending' });
    await until(() => expect(view(c, id).lastSeq).toBe(2));
    expect(server.sockets[0]!.sentIds()).toEqual([clientMessageId]);
    expect(server.timeline(id)[1]).toMatchObject({ clientMessageId, text: 'Anyone there?' });
    expect(seen[0]).toBe('pending');
    expect(seen.at(-1)).toBe('confirmed');
  });

  it('sends messages written offline after the reconnect, with the same clientMessageId, once', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    server.sockets[0]!.drop();
    expect(c.getState().connection.status).toBe('offline');
    const first = c.send(id, 'one');
    const second = c.send(id, 'two');
    expect(view(c, id).pending.map((m) => m.clientMessageId)).toEqual([first, second]);
    await until(() => expect(view(c, id).lastSeq).toBe(3));
    expect(server.sockets).toHaveLength(2);
    expect(server.sockets[1]!.sentIds()).toEqual([first, second]);
    expect(server.timeline(id).map((e) => e.text)).toEqual(['Hello?', 'one', 'two']);
    expect(view(c, id).pending).toEqual([]);
    server.sockets[1]!.drop();
    await until(() => expect(server.liveSockets()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(server.sockets[2]!.sends).toEqual([]);
  });

  it('resends an unacked message on every new socket with the same id, and it is stored once', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    server.loseSends = true;
    const cmid = c.send(id, 'are you there?');
    server.sockets[0]!.drop();
    await until(() => expect(server.sockets[1]?.sends).toHaveLength(1));
    server.loseSends = false;
    server.sockets[1]!.drop();
    await until(() => expect(view(c, id).pending).toEqual([]));
    server.sockets[2]!.drop();
    await until(() => expect(server.liveSockets()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(server.sockets.map((s) => s.sentIds())).toEqual([[cmid], [cmid], [cmid], []]);
    expect(server.timeline(id).filter((e) => e.clientMessageId === cmid)).toHaveLength(1);
    expect(view(c, id).timeline.map((e) => e.text)).toEqual(['Hello?', 'are you there?']);
  });

  it('takes a message off the outbox on its ack alone, so a reconnect does not resend it', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    server.dropLive = true;
    const cmid = c.send(id, 'acked, event lost');
    await until(() => expect(view(c, id).pending[0]).toMatchObject({ status: 'sent', seq: 2 }));
    server.dropLive = false;
    server.sockets[0]!.drop();
    await until(() => expect(view(c, id).pending).toEqual([]));
    expect(server.sockets.map((s) => s.sentIds())).toEqual([[cmid], []]);
    expect(view(c, id).timeline.map((e) => e.clientMessageId)).toContain(cmid);
  });

  it('stops resending a message that the history shows as stored', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    server.withholdAcks = true;
    server.dropLive = true;
    c.send(id, 'stored, ack lost');
    await until(() => expect(server.timeline(id)).toHaveLength(2));
    server.dropLive = false;
    server.post(id, server.timeline(id)[0]!.senderId, 'from my phone'); // seq 3 arrives live: gap at 2
    await until(() => expect(view(c, id).lastSeq).toBe(3));
    expect(view(c, id).pending).toEqual([]);
    server.sockets[0]!.drop();
    await until(() => expect(server.liveSockets()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(server.sockets[1]!.sends).toEqual([]);
  });

  it('repairs a gap in live events from the history, in order', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    server.assign(id);
    await until(() => expect(view(c, id).status).toBe('ACTIVE'));
    server.dropLive = true;
    server.post(id, AGENT_ID, 'lost on the way');
    server.skipSeq(id);
    server.dropLive = false;
    server.post(id, AGENT_ID, 'arrives live');
    await until(() => expect(view(c, id).lastSeq).toBe(5));
    expect(view(c, id).timeline.map((e) => e.seq)).toEqual([1, 2, 3, 5]);
    expect(server.requests.filter((r) => r.includes('/events?afterSeq=2'))).toHaveLength(1);
  });

  it('catches up after a reconnect: new conversations and missed events', async () => {
    const server = new FakeParley();
    const agent = client(server);
    await agent.login('carol@parley.local', 'parley-demo');
    await until(() => expect(agent.getState().connection.status).toBe('live'));
    const customer = server.create('customer-1');
    server.post(customer.conversation.id, 'customer-1', 'Hi');
    server.sockets[0]!.drop();
    server.dropLive = true;
    server.assign(customer.conversation.id);
    server.post(customer.conversation.id, 'customer-1', 'Are you there?');
    server.dropLive = false;
    await until(() => expect(agent.getState().conversations.byId[customer.conversation.id]?.lastSeq).toBe(3));
    const caughtUp = view(agent, customer.conversation.id);
    expect(caughtUp).toMatchObject({
      status: 'ACTIVE',
      agentId: AGENT_ID,
      unread: 2,
      customerId: 'customer-1',
    });
    agent.markRead(customer.conversation.id);
    expect(view(agent, customer.conversation.id).unread).toBe(0);
  });

  it('refreshes the token when the server refuses it, then reconnects with the new one', async () => {
    const server = new FakeParley();
    const tokens = new MemoryTokenStore();
    const c = await liveGuest(server, { tokenStore: tokens });
    const firstToken = tokens.get()!.accessToken;
    server.expireAccessTokens();
    server.sockets[0]!.fail('access token expired');
    expect(c.getState().connection).toMatchObject({ status: 'error', gaveUp: false });
    await until(() => expect(c.getState().connection.status).toBe('live'));
    expect(server.refreshes).toBe(1);
    expect(server.sockets[1]!.request.connectHeaders.Authorization).toBe(
      `Bearer ${tokens.get()!.accessToken}`,
    );
    expect(tokens.get()!.accessToken).not.toBe(firstToken);
  });

  it('gives up after repeated refusals', async () => {
    const server = new FakeParley();
    const c = await liveGuest(server, { reconnect: { maxAuthFailures: 2 } });
    server.refuseConnect = true;
    server.sockets[0]!.fail('invalid access token');
    await until(() => expect(c.getState().connection).toMatchObject({ status: 'error', gaveUp: true }));
    expect(server.refreshes).toBe(2);
    expect(server.sockets).toHaveLength(3);
  });

  it('marks a message the server refuses as failed and never resends it', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    server.dropLive = true;
    server.end(id, AGENT_ID);
    const cmid = c.send(id, 'too late');
    await until(() => expect(view(c, id).pending[0]?.status).toBe('failed'));
    expect(view(c, id).pending[0]).toMatchObject({ clientMessageId: cmid, error: 'conversation has ended' });
    server.dropLive = false;
    await until(() => expect(view(c, id).status).toBe('ENDED'));
    expect(server.sockets.flatMap((s) => s.sentIds())).toEqual([cmid]);
    expect(() => c.send(id, 'again')).toThrow('conversation has ended');
    c.discard(id, cmid);
    expect(view(c, id).pending).toEqual([]);
  });

  it('keeps unsent messages across a reload and sends them from the new page', async () => {
    const server = new FakeParley();
    const tokens = new MemoryTokenStore();
    const outbox = new MemoryOutboxStorage();
    const { c, id } = await guestInConversation(server, { tokenStore: tokens, outboxStorage: outbox });
    c.disconnect();
    const cmid = c.send(id, 'typed before the reload');
    c.dispose();
    const reloaded = client(server, { tokenStore: tokens, outboxStorage: outbox });
    await reloaded.init();
    expect(view(reloaded, id).pending[0]).toMatchObject({ clientMessageId: cmid, status: 'pending' });
    await until(() => expect(view(reloaded, id).pending).toEqual([]));
    expect(server.timeline(id).map((e) => e.clientMessageId)).toContain(cmid);
    expect(outbox.load()).toEqual([]);
  });

  it('refuses empty and over-long messages before they reach the outbox', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    expect(() => c.send(id, '   ')).toThrow('text must not be empty');
    expect(() => c.send(id, 'x'.repeat(4001))).toThrow('text longer than 4000 characters');
    expect(() => c.send(id, '😀'.repeat(4000))).not.toThrow();
  });

  it('ends a conversation', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    await c.end(id);
    await until(() => expect(view(c, id).timeline.at(-1)?.type).toBe('ENDED'));
    expect(view(c, id).status).toBe('ENDED');
  });

  it('keeps the agent profile in state', async () => {
    const server = new FakeParley();
    const agent = client(server);
    await agent.login('carol@parley.local', 'parley-demo');
    await agent.loadAgent();
    expect(agent.getState().agent).toMatchObject({ status: 'OFFLINE', capacity: 3 });
    await agent.setStatus('ONLINE', 5);
    expect(agent.getState().agent).toMatchObject({ status: 'ONLINE', capacity: 5 });
  });

  it('returns the same state object until something changes (useSyncExternalStore)', async () => {
    const server = new FakeParley();
    const { c, id } = await guestInConversation(server);
    const before = c.getState();
    expect(c.getState()).toBe(before);
    c.markRead(id);
    const read = c.getState();
    c.markRead(id);
    expect(c.getState()).toBe(read);
    const listener = vi.fn();
    const unsubscribe = c.subscribe(listener);
    c.send(id, 'hi');
    expect(listener).toHaveBeenCalled();
    unsubscribe();
  });

  it('logs out: closes the connection and forgets the session', async () => {
    const server = new FakeParley();
    const tokens = new MemoryTokenStore();
    const { c } = await guestInConversation(server, { tokenStore: tokens });
    await c.logout();
    expect(c.getState()).toMatchObject({
      session: null,
      connection: { status: 'idle' },
      conversations: { byId: {} },
    });
    expect(tokens.get()).toBeNull();
  });
});

describe('webSocketUrl', () => {
  it('points at the gateway /ws with the matching scheme', () => {
    expect(webSocketUrl('http://localhost:8080')).toBe('ws://localhost:8080/ws');
    expect(webSocketUrl('https://chat.example.com/')).toBe('wss://chat.example.com/ws');
  });
});

describe('ParleyClient without a usable transport', () => {
  it('stays offline and retries instead of throwing', async () => {
    const server = new FakeParley();
    const c = client(server, {
      transport: {
        open: () => {
          throw new Error('no global WebSocket here: pass stomp.webSocketFactory');
        },
      },
      random: () => 0.5,
    });
    await c.loginAsGuest();
    await until(() => expect(c.getState().connection.status).toBe('offline'));
    expect(c.getState().connection).toMatchObject({
      status: 'offline',
      reason: 'no global WebSocket here: pass stomp.webSocketFactory',
    });
  });
});
