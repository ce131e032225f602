import type { AgentLoad } from '@parley/client-sdk';
import { STATUS_LABELS } from '../shell/StatusSelector.tsx';

const statusOrder = { ONLINE: 0, AWAY: 1, OFFLINE: 2 } as const;

export function sortAgents(agents: readonly AgentLoad[]): AgentLoad[] {
  return [...agents].sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || a.displayName.localeCompare(b.displayName),
  );
}

/** Every agent's status, capacity and current load (active conversations). */
export function AgentsTable({ agents }: { agents: readonly AgentLoad[] }) {
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
          </tr>
        </thead>
        <tbody>
          {sortAgents(agents).map((a) => (
            <tr key={a.agentId}>
              <th scope="row">{a.displayName}</th>
              <td>
                <span className={`dot dot-${a.status.toLowerCase()}`} aria-hidden="true" />{' '}
                {STATUS_LABELS[a.status]}
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
