import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IStompSocket } from '@stomp/stompjs';
import { stompJsTransport } from '../src/transport.ts';
import type { OpenRequest, StompSession } from '../src/transport.ts';

interface Frame {
  command: string;
  headers: Record<string, string>;
  body: string;
}

function parse(data: string): Frame[] {
  return data
    .split('\0')
    .map((f) => f.replace(/^\n+/, ''))
    .filter((f) => f.length > 0)
    .map((raw) => {
      const [head, ...rest] = raw.split('\n\n');
      const [command, ...lines] = head!.split('\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]),
      );
      return { command: command!, headers, body: rest.join('\n\n') };
    });
}

function frame(command: string, headers: Record<string, string>, body = ''): string {
  return `${command}\n${Object.entries(headers)
    .map(([k, v]) => `${k}:${v}`)
    .join('\n')}\n\n${body}\0`;
}

/** A WebSocket that plays a STOMP 1.2 server well enough for @stomp/stompjs. */
class FakeWebSocket implements IStompSocket {
  /** Leave CONNECT unanswered (a server that hangs, or refuses silently). */
  static answerConnect = true;
  readyState = 0;
  binaryType = 'arraybuffer';
  onclose: ((ev?: unknown) => unknown) | null = null;
  onerror: ((ev: unknown) => unknown) | null = null;
  onmessage: ((ev: unknown) => unknown) | null = null;
  onopen: ((ev?: unknown) => unknown) | null = null;
  readonly received: Frame[] = [];

  constructor(readonly url: string) {
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.({});
    }, 0);
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer);
    for (const f of parse(text)) {
      this.received.push(f);
      if ((f.command === 'CONNECT' || f.command === 'STOMP') && FakeWebSocket.answerConnect) {
        this.push(frame('CONNECTED', { version: '1.2', 'heart-beat': '0,0' }));
      }
    }
  }

  push(data: string): void {
    setTimeout(() => this.onmessage?.({ data }), 0);
  }

  close(): void {
    this.serverClose(1000);
  }

  serverClose(code: number): void {
    if (this.readyState === 3) {
      return;
    }
    this.readyState = 3;
    setTimeout(() => this.onclose?.({ code, reason: '', wasClean: code === 1000 }), 0);
  }

  subscriptionId(destination: string): string {
    return this.received.find((f) => f.command === 'SUBSCRIBE' && f.headers.destination === destination)!
      .headers.id!;
  }
}

let sockets: FakeWebSocket[] = [];
let sessions: StompSession[] = [];

afterEach(() => {
  FakeWebSocket.answerConnect = true;
  sessions.forEach((s) => s.close());
  sessions = [];
  sockets = [];
});

function open(overrides: Partial<OpenRequest> = {}) {
  const events: string[] = [];
  const transport = stompJsTransport({
    webSocketFactory: (url) => {
      const socket = new FakeWebSocket(url);
      sockets.push(socket);
      return socket;
    },
    heartbeatMs: 0,
  });
  const session = transport.open({
    url: 'ws://gateway.test/ws',
    connectHeaders: { Authorization: 'Bearer token-1' },
    subscriptions: ['/user/queue/events', '/user/queue/acks'],
    onConnected: () => events.push('connected'),
    onMessage: (subscription, body) => events.push(`message ${subscription} ${body}`),
    onError: (reason, receiptId) => events.push(`error ${reason} ${receiptId}`),
    onClosed: (reason) => events.push(`closed ${reason}`),
    ...overrides,
  });
  sessions.push(session);
  return { events, session };
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 2 });

describe('stompJsTransport (@stomp/stompjs over a fake socket)', () => {
  it('sends CONNECT with the bearer token and subscribes before reporting connected', async () => {
    const { events } = open();
    await until(() => expect(events).toEqual(['connected']));
    const socket = sockets[0]!;
    expect(socket.url).toBe('ws://gateway.test/ws');
    const connect = socket.received[0]!;
    expect(connect.command).toBe('CONNECT');
    expect(connect.headers.Authorization).toBe('Bearer token-1');
    expect(
      socket.received.filter((f) => f.command === 'SUBSCRIBE').map((f) => f.headers.destination),
    ).toEqual(['/user/queue/events', '/user/queue/acks']);
  });

  it('delivers MESSAGE frames with the subscription they came on', async () => {
    const { events } = open();
    await until(() => expect(events).toEqual(['connected']));
    const socket = sockets[0]!;
    const ack = '{"conversationId":"k","clientMessageId":"c","messageId":"m","seq":2}';
    socket.push(
      frame(
        'MESSAGE',
        {
          subscription: socket.subscriptionId('/user/queue/acks'),
          destination: '/user/queue/acks',
          'message-id': '1',
          'content-type': 'application/json',
        },
        ack,
      ),
    );
    await until(() => expect(events).toEqual(['connected', `message /user/queue/acks ${ack}`]));
  });

  it('sends SEND frames with their headers and body', async () => {
    const { events, session } = open();
    await until(() => expect(events).toEqual(['connected']));
    session.send('/app/conversations/k/messages', '{"clientMessageId":"c","text":"hi"}', { receipt: 'c' });
    const send = sockets[0]!.received.find((f) => f.command === 'SEND')!;
    expect(send.headers).toMatchObject({ destination: '/app/conversations/k/messages', receipt: 'c' });
    expect(send.body).toBe('{"clientMessageId":"c","text":"hi"}');
  });

  it('reports an ERROR frame with its reason and receipt id, then the close', async () => {
    const { events } = open();
    await until(() => expect(events).toEqual(['connected']));
    sockets[0]!.push(frame('ERROR', { message: 'conversation has ended', 'receipt-id': 'c' }));
    setTimeout(() => sockets[0]!.serverClose(1002), 5);
    await until(() =>
      expect(events).toEqual(['connected', 'error conversation has ended c', 'closed socket closed (1002)']),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(sockets).toHaveLength(1); // its own reconnect is off: Connection decides
  });

  it('reports a socket that closes before CONNECTED', async () => {
    FakeWebSocket.answerConnect = false;
    const { events } = open();
    await until(() => expect(sockets[0]?.received[0]?.command).toBe('CONNECT'));
    sockets[0]!.serverClose(1006);
    await until(() => expect(events).toEqual(['closed socket closed (1006)']));
  });

  it('reports nothing after the client closed the session itself', async () => {
    const { events, session } = open();
    await until(() => expect(events).toEqual(['connected']));
    session.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toEqual(['connected']);
    expect(sockets[0]!.readyState).toBe(3);
  });

  it('says what to do where there is no global WebSocket (Node 20)', () => {
    vi.stubGlobal('WebSocket', undefined);
    try {
      expect(() => stompJsTransport().open({} as OpenRequest)).toThrow('pass stomp.webSocketFactory');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
