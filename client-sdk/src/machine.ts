/**
 * The STOMP connection as a pure state machine: `transition(state, event, policy)` returns the next state and
 * the effects to perform; {@link Connection} performs them. Randomness comes in with the events (`jitter`),
 * so every transition is deterministic and testable.
 *
 *   idle ─start→ connecting ─connected→ live
 *   connecting|live ─closed→ offline ─retry (after backoff)→ connecting
 *   connecting|live ─authRefused→ error (refresh the token) ─tokenRefreshed→ connecting
 *   error after more than `maxAuthFailures` refusals in a row, or when the session is gone → error (gave up)
 *   any ─stop→ idle
 */

export type ConnectionState =
  | { status: 'idle' }
  /** `attempt`: failed attempts since the last live connection; `authFailures`: refusals in a row. */
  | { status: 'connecting'; attempt: number; authFailures: number }
  | { status: 'live' }
  | { status: 'offline'; attempt: number; authFailures: number; retryInMs: number; reason: string }
  /** `gaveUp` false: refreshing the token before reconnecting; true: stopped until `start` (sign in again). */
  | { status: 'error'; reason: string; authFailures: number; gaveUp: boolean };

export type ConnectionStatus = ConnectionState['status'];

export type ConnectionEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'connected' }
  /** The socket closed or could not be opened; `jitter` in [0, 1) picks the backoff. */
  | { type: 'closed'; reason: string; jitter: number }
  /** The server refused our token (STOMP ERROR about the bearer token). */
  | { type: 'authRefused'; reason: string }
  | { type: 'tokenRefreshed' }
  /** A refresh that failed for a passing reason (network, 5xx): retry later. */
  | { type: 'tokenRefreshFailed'; reason: string; jitter: number }
  /** No session any more (refresh token rejected, signed out): give up. */
  | { type: 'sessionLost'; reason: string }
  /** The backoff timer fired. */
  | { type: 'retry' }
  /** Skip the rest of the backoff (the device came back online, the user pressed "retry"). */
  | { type: 'retryNow' };

export type ConnectionEffect =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'scheduleRetry'; delayMs: number }
  | { type: 'cancelRetry' }
  | { type: 'refreshToken' }
  /** Just became live: subscribe-dependent work (resend the outbox, repair gaps). */
  | { type: 'wentLive' };

export interface ReconnectPolicy {
  /** Backoff ceiling of the first retry, doubled per failed attempt (default 500 ms). */
  baseDelayMs: number;
  /** Cap of the backoff ceiling (default 30 s). */
  maxDelayMs: number;
  /** Token refusals in a row tolerated (each followed by a refresh) before giving up (default 3). */
  maxAuthFailures: number;
}

export const defaultReconnectPolicy: ReconnectPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxAuthFailures: 3,
};

export interface Transition {
  state: ConnectionState;
  effects: ConnectionEffect[];
}

/** "Full jitter": a uniform delay in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, jitter: number, policy: ReconnectPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 30));
  return Math.floor(Math.min(Math.max(jitter, 0), 0.999999) * ceiling);
}

export const initialConnectionState: ConnectionState = { status: 'idle' };

export function transition(
  state: ConnectionState,
  event: ConnectionEvent,
  policy: ReconnectPolicy = defaultReconnectPolicy,
): Transition {
  const stay: Transition = { state, effects: [] };
  switch (event.type) {
    case 'start':
      if (state.status === 'idle' || (state.status === 'error' && state.gaveUp)) {
        return { state: { status: 'connecting', attempt: 0, authFailures: 0 }, effects: [{ type: 'open' }] };
      }
      return stay;
    case 'stop':
      return state.status === 'idle'
        ? stay
        : { state: { status: 'idle' }, effects: [{ type: 'cancelRetry' }, { type: 'close' }] };
    case 'connected':
      return state.status === 'connecting'
        ? { state: { status: 'live' }, effects: [{ type: 'wentLive' }] }
        : stay;
    case 'closed': {
      if (state.status !== 'connecting' && state.status !== 'live') {
        return stay;
      }
      const attempt = state.status === 'connecting' ? state.attempt : 0;
      const authFailures = state.status === 'connecting' ? state.authFailures : 0;
      return offline(attempt, authFailures, event.reason, event.jitter, policy);
    }
    case 'authRefused': {
      if (state.status !== 'connecting' && state.status !== 'live') {
        return stay;
      }
      const authFailures = (state.status === 'connecting' ? state.authFailures : 0) + 1;
      const gaveUp = authFailures > policy.maxAuthFailures;
      return {
        state: { status: 'error', reason: event.reason, authFailures, gaveUp },
        effects: gaveUp ? [{ type: 'close' }] : [{ type: 'close' }, { type: 'refreshToken' }],
      };
    }
    case 'tokenRefreshed':
      return state.status === 'error' && !state.gaveUp
        ? {
            state: { status: 'connecting', attempt: 0, authFailures: state.authFailures },
            effects: [{ type: 'open' }],
          }
        : stay;
    case 'tokenRefreshFailed':
      return state.status === 'error' && !state.gaveUp
        ? offline(0, state.authFailures, event.reason, event.jitter, policy)
        : stay;
    case 'sessionLost':
      return state.status === 'idle'
        ? stay
        : {
            state: { status: 'error', reason: event.reason, authFailures: 0, gaveUp: true },
            effects: [{ type: 'cancelRetry' }, { type: 'close' }],
          };
    case 'retry':
      return state.status === 'offline'
        ? {
            state: { status: 'connecting', attempt: state.attempt, authFailures: state.authFailures },
            effects: [{ type: 'open' }],
          }
        : stay;
    case 'retryNow':
      return state.status === 'offline'
        ? {
            state: { status: 'connecting', attempt: state.attempt, authFailures: state.authFailures },
            effects: [{ type: 'cancelRetry' }, { type: 'open' }],
          }
        : stay;
  }
}

function offline(
  attempt: number,
  authFailures: number,
  reason: string,
  jitter: number,
  policy: ReconnectPolicy,
): Transition {
  const retryInMs = backoffDelay(attempt, jitter, policy);
  return {
    state: { status: 'offline', attempt: attempt + 1, authFailures, retryInMs, reason },
    effects: [{ type: 'scheduleRetry', delayMs: retryInMs }],
  };
}
