import type { ConnectionState } from '@parley/client-sdk';
import { useParley, useParleyState } from '../parley.tsx';

/** What the banner says for a connection state; null when live (nothing to say). */
export function connectionMessage(state: ConnectionState): string | null {
  switch (state.status) {
    case 'live':
      return null;
    case 'idle':
      return 'Live updates are off.';
    case 'connecting':
      return state.attempt > 0 ? 'Reconnecting to live updates…' : 'Connecting to live updates…';
    case 'offline':
      return `Offline: live updates paused. Retrying in ${Math.ceil(state.retryInMs / 1000)} s.`;
    case 'error':
      return state.gaveUp
        ? `Live updates stopped (${state.reason}). Sign in again.`
        : 'Refreshing your session…';
  }
}

/** A status line above the workspace while the STOMP connection is not live. */
export function ConnectionBanner({ onSignInAgain }: { onSignInAgain: () => void }) {
  const client = useParley();
  const connection = useParleyState((s) => s.connection);
  const message = connectionMessage(connection);
  return (
    <div role="status" className={message ? `banner banner-${connection.status}` : 'visually-hidden'}>
      {message ?? 'Connected: live updates on.'}
      {connection.status === 'offline' && (
        <button type="button" onClick={() => client.reconnectNow()}>
          Reconnect now
        </button>
      )}
      {connection.status === 'error' && connection.gaveUp && (
        <button type="button" onClick={onSignInAgain}>
          Sign in again
        </button>
      )}
    </div>
  );
}
