import type { LiveQueueAgent } from '@parley/client-sdk';
import { useState } from 'react';
import { usePresence } from '../queries/usePresence.ts';
import { presenceText } from '../ui/presence.ts';
import { STATUS_LABELS } from '../shell/StatusSelector.tsx';
import { AgentRoutingDialog } from './AgentRoutingDialog.tsx';

const statusOrder = { ONLINE: 0, AWAY: 1, OFFLINE: 2 } as const;

export function sortAgents(agents: readonly LiveQueueAgent[]): LiveQueueAgent[] {
  return [...agents].sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || a.displayName.localeCompare(b.displayName),
  );
}

/**
 * Every agent's chosen status with their connection presence ("connected (2 devices)"), capacity, current load (active conversations), departments and skills; admins edit
 * an agent's departments and skills from here.
 */
export function AgentsTable({
  agents,
  editable = false,
}: {
  agents: readonly LiveQueueAgent[];
  editable?: boolean;
}) {
  const [editing, setEditing] = useState<LiveQueueAgent | null>(null);
  const presence = usePresence().data;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="agents-caption">
      <table className="data">
        <caption id="agents-caption">Agents ({agents.length})</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Status</th>
            <th scope="col">Load</th>
            <th scope="col">Capacity</th>
            <th scope="col">Departments</th>
            <th scope="col">Skills</th>
            {editable && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {sortAgents(agents).map((a) => (
            <tr key={a.agentId}>
              <th scope="row">{a.displayName}</th>
              <td>
                <span className={`dot dot-${a.status.toLowerCase()}`} aria-hidden="true" />{' '}
                {STATUS_LABELS[a.status]}
                <Connection text={presenceText(presence?.get(a.agentId))} />
              </td>
              <td>
                <meter min={0} max={Math.max(a.capacity, 1)} value={a.active} aria-hidden="true" />{' '}
                <span>
                  {a.active} of {a.capacity}
                </span>
                {a.active >= a.capacity && <span className="tag">full</span>}
              </td>
              <td>{a.capacity}</td>
              <td>{(a.departments ?? []).join(', ') || '—'}</td>
              <td>{(a.skills ?? []).join(', ') || '—'}</td>
              {editable && (
                <td>
                  <button
                    type="button"
                    aria-label={`Edit departments and skills of ${a.displayName}`}
                    onClick={() => setEditing(a)}
                  >
                    Edit…
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && <AgentRoutingDialog agent={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function Connection({ text }: { text: string | null }) {
  return text ? (
    <span className={`presence${text === 'not connected' ? ' muted' : ''}`}> · {text}</span>
  ) : null;
}
