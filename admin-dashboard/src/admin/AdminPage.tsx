import type { QueueOverview } from '@parley/client-sdk';
import { describeError, formatClock } from '../format.ts';
import { QUEUE_POLL_MS, useQueueOverview } from '../queries/useQueueOverview.ts';
import { AgentsTable } from './AgentsTable.tsx';
import { WaitingTable } from './WaitingTable.tsx';

export function summary(overview: QueueOverview) {
  const online = overview.agents.filter((a) => a.status === 'ONLINE');
  return {
    online: online.length,
    freeSlots: online.reduce((sum, a) => sum + Math.max(0, a.capacity - a.active), 0),
    active: overview.agents.reduce((sum, a) => sum + a.active, 0),
    waiting: overview.waiting.length,
  };
}

/** Supervisors and admins: every agent's status and load, and the live queue (GET /api/v1/queue, polled). */
export function AdminPage() {
  const overview = useQueueOverview();
  return (
    <div className="admin">
      <h1>Supervision</h1>
      <p className="muted small" aria-live="off">
        Refreshed every {QUEUE_POLL_MS / 1000} s
        {overview.dataUpdatedAt > 0 && (
          <>
            ; last update <time>{formatClock(new Date(overview.dataUpdatedAt).toISOString())}</time>
          </>
        )}
        .
      </p>
      {overview.isError && (
        <p role="alert" className="error">
          Could not load the queue: {describeError(overview.error)}
          {overview.data ? ' (showing the last known state)' : ''}
        </p>
      )}
      {overview.isPending && <p className="muted">Loading…</p>}
      {overview.data && <Overview data={overview.data} now={overview.dataUpdatedAt || Date.now()} />}
    </div>
  );
}

function Overview({ data, now }: { data: QueueOverview; now: number }) {
  const s = summary(data);
  return (
    <>
      <ul className="stats" aria-label="Summary">
        <li>
          <strong>{s.waiting}</strong> waiting
        </li>
        <li>
          <strong>{s.online}</strong> agents online
        </li>
        <li>
          <strong>{s.active}</strong> active conversations
        </li>
        <li>
          <strong>{s.freeSlots}</strong> free slots
        </li>
      </ul>
      <WaitingTable waiting={data.waiting} now={now} />
      <AgentsTable agents={data.agents} />
    </>
  );
}
