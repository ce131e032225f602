import type { ConnectionState } from '@parley/client-sdk';
import { useMemo } from 'react';
import { useSecondsUntil } from '../hooks/useSecondsUntil.ts';
import { connectionBanner } from '../lib/connectionBanner.ts';

interface ConnectionBannerProps {
  state: ConnectionState;
  onRetryNow: () => void;
  onStartOver: () => void;
}

/** The live connection's state (role=status): connecting, connected, offline with the next try, expired. */
export function ConnectionBanner({ state, onRetryNow, onStartOver }: ConnectionBannerProps) {
  // Each offline state is a new object: the countdown starts when it arrives.
  const deadline = useMemo(() => (state.status === 'offline' ? Date.now() + state.retryInMs : null), [state]);
  const model = connectionBanner(state, useSecondsUntil(deadline));
  return (
    <div className={`banner banner-${model.tone}`}>
      <p role="status" className="banner-text">
        <span className="banner-dot" aria-hidden="true" />
        <span>
          {model.text}
          {model.countdown && <span aria-hidden="true"> {model.countdown}</span>}
        </span>
      </p>
      {model.canRetry && (
        <button type="button" className="button small" onClick={onRetryNow}>
          Retry now
        </button>
      )}
      {model.sessionLost && (
        <button type="button" className="button small" onClick={onStartOver}>
          Start again
        </button>
      )}
    </div>
  );
}
