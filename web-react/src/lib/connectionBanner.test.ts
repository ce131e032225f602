import { describe, expect, it } from 'vitest';
import { connectionBanner } from './connectionBanner.ts';

describe('connectionBanner', () => {
  it('names each state of the connection', () => {
    expect(connectionBanner({ status: 'connecting', attempt: 0, authFailures: 0 }, null).text).toBe(
      'Connecting…',
    );
    expect(connectionBanner({ status: 'live' }, null)).toMatchObject({ tone: 'ok', text: 'Connected' });
  });

  it('counts down to the next try while offline and offers to retry now', () => {
    const offline = { status: 'offline', attempt: 2, authFailures: 0, retryInMs: 4000, reason: 'x' } as const;
    expect(connectionBanner(offline, 4)).toMatchObject({
      tone: 'warn',
      text: 'Offline — reconnecting',
      countdown: 'in 4 s',
      canRetry: true,
    });
    expect(connectionBanner(offline, 0).countdown).toBeNull();
  });

  it('tells a customer whose session is gone', () => {
    expect(
      connectionBanner({ status: 'error', reason: 'session expired', authFailures: 0, gaveUp: true }, null),
    ).toMatchObject({ tone: 'error', sessionLost: true });
    expect(
      connectionBanner({ status: 'error', reason: 'expired', authFailures: 1, gaveUp: false }, null).text,
    ).toBe('Reconnecting…');
  });
});
