import type { LiveQueue } from '@parley/client-sdk';
import { describeError, formatClock } from '../format.ts';
import { useParleyState } from '../parley.tsx';
import { QUEUE_POLL_MS, useQueueOverview } from '../queries/useQueueOverview.ts';
import { isAdmin } from '../roles.ts';
import { ActiveTable } from './ActiveTable.tsx';
import { AgentsTable } from './AgentsTable.tsx';
import { WaitingTable } from './WaitingTable.tsx';

export function summary(overview: LiveQueue) {
  const online = overview.agents.filter((a) => a.status === 'ONLINE');
  return {
    online: online.length,
    freeSlots: online.reduce((sum, a) => sum + Math.max(0, a.capacity - a.active), 0),
    active: overview.agents.reduce((sum, a) => sum + a.active, 0),
    waiting: overview.waiting.length,
    escalated: overview.waiting.filter((w) => w.escalated).length,
  };
}

/**
 * Supervisors and admins: the live queue and every agent's status and load (GET /api/v1/queue, polled every
 * 2 s), with assign, priority and "Why this agent?"; the conversations in progress, to reassign; admins also
 * edit agents' departments and skills.
 */
export function AdminPage() {
  const overview = useQueueOverview();
  const admin = isAdmin(useParleyState((s) => s.session?.roles));
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
      {overview.data && (
        <Overview data={overview.data} now={overview.dataUpdatedAt || Date.now()} admin={admin} />
      )}
    </div>
  );
}

function Overview({ data, now, admin }: { data: LiveQueue; now: number; admin: boolean }) {
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
        <li>
          <strong>{s.escalated}</strong> escalated
        </li>
      </ul>
      <WaitingTable waiting={data.waiting} agents={data.agents} now={now} />
      <ActiveTable agents={data.agents} now={now} />
      <AgentsTable agents={data.agents} editable={admin} />
    </>
  );
}
