import { Client, type IStompSocket, type StompConfig } from '@stomp/stompjs';

/**
 * One STOMP session over one socket, as {@link Connection} needs it. The real one wraps @stomp/stompjs;
 * tests pass a fake. Every callback of a session fires at most until `onClosed`.
 */
export interface StompTransport {
  open(request: OpenRequest): StompSession;
}

export interface OpenRequest {
  url: string;
  connectHeaders: Record<string, string>;
  /** Subscribed right after CONNECTED, before `onConnected`. */
  subscriptions: string[];
  onConnected(): void;
  onMessage(subscription: string, body: string): void;
  /** A STOMP ERROR frame (the server closes the socket after it). */
  onError(reason: string, receiptId: string | null): void;
  onClosed(reason: string): void;
}

export interface StompSession {
  send(destination: string, body: string, headers?: Record<string, string>): void;
  close(): void;
}

export interface StompJsTransportOptions {
  /** Defaults to the global WebSocket (browsers, React Native, Node 22+). */
  webSocketFactory?: (url: string) => IStompSocket;
  /** Heart-beats asked of and offered to the server, ms (default 10 000, what chat-service uses). */
  heartbeatMs?: number;
  /** Give up on a socket that has not reached CONNECTED by then, ms (default 10 000). */
  connectionTimeoutMs?: number;
  /** Extra @stomp/stompjs settings, e.g. React Native's `forceBinaryWSFrames`, `appendMissingNULLonIncoming`. */
  stompConfig?: Partial<StompConfig>;
}

/** The real transport: a fresh @stomp/stompjs Client per socket, its own reconnect switched off. */
export function stompJsTransport(options: StompJsTransportOptions = {}): StompTransport {
  const heartbeat = options.heartbeatMs ?? 10_000;
  return {
    open(request) {
      const factory =
        options.webSocketFactory ??
        (typeof WebSocket === 'undefined' ? null : (url: string): IStompSocket => new WebSocket(url));
      if (factory === null) {
        throw new Error('no global WebSocket here: pass stomp.webSocketFactory');
      }
      let closed = false;
      const client = new Client({
        // A missed heart-beat drops the socket at once instead of waiting for a close handshake.
        discardWebsocketOnCommFailure: true,
        ...options.stompConfig,
        webSocketFactory: () => factory(request.url),
        connectHeaders: request.connectHeaders,
        reconnectDelay: 0,
        heartbeatIncoming: heartbeat,
        heartbeatOutgoing: heartbeat,
        connectionTimeout: options.connectionTimeoutMs ?? 10_000,
        onConnect: () => {
          for (const destination of request.subscriptions) {
            client.subscribe(destination, (message) => request.onMessage(destination, message.body));
          }
          request.onConnected();
        },
        onStompError: (frame) => {
          request.onError(frame.headers.message ?? 'STOMP error', frame.headers['receipt-id'] ?? null);
        },
        onWebSocketClose: (event: { code?: number; reason?: string } | undefined) => {
          if (!closed) {
            closed = true;
            request.onClosed(
              `socket closed (${event?.code ?? 'no code'}${event?.reason ? `: ${event.reason}` : ''})`,
            );
          }
          void client.deactivate();
        },
      });
      client.activate();
      return {
        send: (destination, body, headers) => client.publish({ destination, body, headers: headers ?? {} }),
        close: () => {
          closed = true;
          // force: drop the socket now rather than wait for the server's RECEIPT of a DISCONNECT.
          void client.deactivate({ force: true });
        },
      };
    },
  };
}
