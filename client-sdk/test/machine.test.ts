import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  defaultReconnectPolicy,
  initialConnectionState,
  transition,
  type ConnectionEvent,
  type ConnectionState,
} from '../src/machine.ts';

const policy = { baseDelayMs: 500, maxDelayMs: 30_000, maxAuthFailures: 3 };

function run(events: ConnectionEvent[], from: ConnectionState = initialConnectionState) {
  const effects: string[] = [];
  const state = events.reduce((s, e) => {
    const t = transition(s, e, policy);
    effects.push(...t.effects.map((x) => x.type));
    return t.state;
  }, from);
  return { state, effects };
}

const closed = (jitter = 0.5): ConnectionEvent => ({
  type: 'closed',
  reason: 'socket closed (1006)',
  jitter,
});

describe('connection state machine', () => {
  it('goes idle → connecting → live and opens the socket once', () => {
    const t1 = transition(initialConnectionState, { type: 'start' }, policy);
    expect(t1.state).toEqual({ status: 'connecting', attempt: 0, authFailures: 0 });
    expect(t1.effects).toEqual([{ type: 'open' }]);
    const t2 = transition(t1.state, { type: 'connected' }, policy);
    expect(t2.state).toEqual({ status: 'live' });
    expect(t2.effects).toEqual([{ type: 'wentLive' }]);
  });

  it('goes offline when a live socket drops and schedules a retry within the first backoff', () => {
    const { state } = run([{ type: 'start' }, { type: 'connected' }]);
    const t = transition(state, closed(0.5), policy);
    expect(t.state).toMatchObject({ status: 'offline', attempt: 1, retryInMs: 250 });
    expect(t.effects).toEqual([{ type: 'scheduleRetry', delayMs: 250 }]);
  });

  it('reconnects when the backoff timer fires', () => {
    const { state } = run([{ type: 'start' }, closed(), { type: 'retry' }]);
    expect(state).toEqual({ status: 'connecting', attempt: 1, authFailures: 0 });
  });

  it('grows the backoff ceiling per failed attempt and caps it', () => {
    let state = run([{ type: 'start' }]).state;
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = transition(state, closed(0.999999), policy);
      delays.push((t.state as { retryInMs: number }).retryInMs);
      state = transition(t.state, { type: 'retry' }, policy).state;
    }
    expect(delays.slice(0, 7)).toEqual([499, 999, 1999, 3999, 7999, 15999, 29999]);
    expect(delays.slice(7)).toEqual([29999, 29999, 29999]);
  });

  it('keeps every full-jitter delay in [0, min(cap, base·2^attempt))', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      for (const jitter of [0, 0.1, 0.5, 0.9, 0.9999999, 1, -1, 2]) {
        const delay = backoffDelay(attempt, jitter, policy);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
    expect(backoffDelay(3, 0, policy)).toBe(0);
  });

  it('resets the attempt count after a live connection', () => {
    const { state } = run([{ type: 'start' }, closed(), { type: 'retry' }, closed(), { type: 'retry' }]);
    expect(state).toMatchObject({ attempt: 2 });
    const after = run([{ type: 'connected' }, closed(0.999999)], state).state;
    expect(after).toMatchObject({ status: 'offline', attempt: 1, retryInMs: 499 });
  });

  it('refreshes the token after an auth refusal, then reconnects', () => {
    const { state, effects } = run([
      { type: 'start' },
      { type: 'connected' },
      { type: 'authRefused', reason: 'access token expired' },
    ]);
    expect(state).toEqual({
      status: 'error',
      reason: 'access token expired',
      authFailures: 1,
      gaveUp: false,
    });
    expect(effects.slice(-2)).toEqual(['close', 'refreshToken']);
    const t = transition(state, { type: 'tokenRefreshed' }, policy);
    expect(t.state).toEqual({ status: 'connecting', attempt: 0, authFailures: 1 });
    expect(t.effects).toEqual([{ type: 'open' }]);
  });

  it('gives up after more than maxAuthFailures refusals in a row', () => {
    const refused: ConnectionEvent = { type: 'authRefused', reason: 'invalid access token' };
    const events: ConnectionEvent[] = [{ type: 'start' }];
    for (let i = 0; i < policy.maxAuthFailures; i++) {
      events.push(refused, { type: 'tokenRefreshed' });
    }
    const before = run(events).state;
    expect(before).toMatchObject({ status: 'connecting', authFailures: 3 });
    const t = transition(before, refused, policy);
    expect(t.state).toEqual({
      status: 'error',
      reason: 'invalid access token',
      authFailures: 4,
      gaveUp: true,
    });
    expect(t.effects).toEqual([{ type: 'close' }]);
    expect(transition(t.state, { type: 'retry' }, policy).state).toBe(t.state);
    expect(transition(t.state, { type: 'tokenRefreshed' }, policy).state).toBe(t.state);
    expect(transition(t.state, { type: 'start' }, policy).state).toMatchObject({ status: 'connecting' });
  });

  it('forgets earlier refusals once a connection is live', () => {
    const { state } = run([
      { type: 'start' },
      { type: 'authRefused', reason: 'invalid access token' },
      { type: 'tokenRefreshed' },
      { type: 'connected' },
      { type: 'authRefused', reason: 'access token expired' },
    ]);
    expect(state).toMatchObject({ status: 'error', authFailures: 1, gaveUp: false });
  });

  it('backs off when the refresh itself fails for a passing reason', () => {
    const { state, effects } = run([
      { type: 'start' },
      { type: 'authRefused', reason: 'access token expired' },
      { type: 'tokenRefreshFailed', reason: 'network error', jitter: 0.5 },
    ]);
    expect(state).toMatchObject({ status: 'offline', attempt: 1, authFailures: 1, retryInMs: 250 });
    expect(effects.at(-1)).toBe('scheduleRetry');
  });

  it('gives up at once when the session is lost', () => {
    const { state, effects } = run([
      { type: 'start' },
      closed(),
      { type: 'sessionLost', reason: 'session expired' },
    ]);
    expect(state).toEqual({ status: 'error', reason: 'session expired', authFailures: 0, gaveUp: true });
    expect(effects.slice(-2)).toEqual(['cancelRetry', 'close']);
  });

  it('skips the backoff on retryNow', () => {
    const t = transition(run([{ type: 'start' }, closed()]).state, { type: 'retryNow' }, policy);
    expect(t.state).toMatchObject({ status: 'connecting' });
    expect(t.effects).toEqual([{ type: 'cancelRetry' }, { type: 'open' }]);
  });

  it('stops from every state', () => {
    const states: ConnectionState[] = [
      { status: 'connecting', attempt: 2, authFailures: 0 },
      { status: 'live' },
      { status: 'offline', attempt: 1, authFailures: 0, retryInMs: 10, reason: 'x' },
      { status: 'error', reason: 'x', authFailures: 1, gaveUp: false },
    ];
    for (const s of states) {
      const t = transition(s, { type: 'stop' }, policy);
      expect(t.state).toEqual({ status: 'idle' });
      expect(t.effects).toEqual([{ type: 'cancelRetry' }, { type: 'close' }]);
    }
    expect(transition(initialConnectionState, { type: 'stop' }, policy).effects).toEqual([]);
  });

  it('ignores events that do not belong to the current state', () => {
    const ignored: Array<[ConnectionState, ConnectionEvent]> = [
      [initialConnectionState, { type: 'connected' }],
      [initialConnectionState, closed()],
      [{ status: 'live' }, { type: 'start' }],
      [{ status: 'live' }, { type: 'retry' }],
      [{ status: 'offline', attempt: 1, authFailures: 0, retryInMs: 1, reason: 'x' }, closed()],
      [{ status: 'offline', attempt: 1, authFailures: 0, retryInMs: 1, reason: 'x' }, { type: 'connected' }],
      [{ status: 'error', reason: 'x', authFailures: 1, gaveUp: false }, closed()],
      [{ status: 'connecting', attempt: 0, authFailures: 0 }, { type: 'tokenRefreshed' }],
    ];
    for (const [state, event] of ignored) {
      expect(transition(state, event, policy)).toEqual({ state, effects: [] });
    }
  });

  it('uses the default policy when none is given', () => {
    expect(defaultReconnectPolicy).toEqual({ baseDelayMs: 500, maxDelayMs: 30_000, maxAuthFailures: 3 });
    expect(transition(initialConnectionState, { type: 'start' }).state.status).toBe('connecting');
  });
});
