import type { ConnectionState } from '@parley/client-sdk';

export type BannerTone = 'ok' | 'busy' | 'warn' | 'error';

export interface BannerModel {
  tone: BannerTone;
  /** What a screen reader hears (role=status); stable while the countdown runs. */
  text: string;
  /** The visible countdown, e.g. "in 5 s" (hidden from screen readers: it changes every second). */
  countdown: string | null;
  /** Offer "Retry now" (skip the backoff). */
  canRetry: boolean;
  /** The session is gone for good: offer to start again. */
  sessionLost: boolean;
}

/** What the connection banner says for a state of the SDK's connection machine. */
export function connectionBanner(state: ConnectionState, secondsLeft: number | null): BannerModel {
  const base = { countdown: null, canRetry: false, sessionLost: false };
  switch (state.status) {
    case 'idle':
    case 'connecting':
      return { ...base, tone: 'busy', text: 'Connecting…' };
    case 'live':
      return { ...base, tone: 'ok', text: 'Connected' };
    case 'offline':
      return {
        ...base,
        tone: 'warn',
        text: 'Offline — reconnecting',
        countdown: secondsLeft !== null && secondsLeft > 0 ? `in ${secondsLeft} s` : null,
        canRetry: true,
      };
    case 'error':
      return state.gaveUp
        ? { ...base, tone: 'error', text: 'Your chat session has expired.', sessionLost: true }
        : { ...base, tone: 'busy', text: 'Reconnecting…' };
  }
}
