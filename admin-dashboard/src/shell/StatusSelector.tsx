import { isApiError, type AgentStatus } from '@parley/client-sdk';
import { useState, type FormEvent } from 'react';
import { describeError } from '../format.ts';
import { useAgentMe, useSetAgentStatus } from '../queries/useAgentMe.ts';

export const STATUS_LABELS: Record<AgentStatus, string> = {
  ONLINE: 'Online',
  AWAY: 'Away',
  OFFLINE: 'Offline',
};

/** The agent's availability and capacity: PUT /api/v1/agents/me/status on every change. */
export function StatusSelector() {
  const agent = useAgentMe();
  const setStatus = useSetAgentStatus();
  const [capacityText, setCapacityText] = useState<string | null>(null);

  if (agent.isPending) {
    return <p className="status-selector muted">Loading status…</p>;
  }
  if (agent.isError) {
    return isApiError(agent.error) && agent.error.status === 404 ? null : (
      <p className="status-selector error" role="alert">
        Status unavailable: {describeError(agent.error)}
      </p>
    );
  }
  const { status, capacity } = agent.data;
  const capacityValue = capacityText ?? String(capacity);
  const parsed = Number(capacityValue);
  const capacityValid = Number.isInteger(parsed) && parsed >= 1 && parsed <= 20;

  function saveCapacity(event: FormEvent) {
    event.preventDefault();
    if (capacityValid) {
      setStatus.mutate({ status, capacity: parsed }, { onSuccess: () => setCapacityText(null) });
    }
  }

  return (
    <form className="status-selector" aria-label="Your availability" onSubmit={saveCapacity}>
      <span className={`dot dot-${status.toLowerCase()}`} aria-hidden="true" />
      <label htmlFor="agent-status">Status</label>
      <select
        id="agent-status"
        value={status}
        disabled={setStatus.isPending}
        onChange={(e) => setStatus.mutate({ status: e.target.value as AgentStatus })}
      >
        {(Object.keys(STATUS_LABELS) as AgentStatus[]).map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <label htmlFor="agent-capacity">Capacity</label>
      <input
        id="agent-capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={20}
        value={capacityValue}
        aria-invalid={capacityValid ? undefined : true}
        aria-describedby="agent-capacity-hint"
        onChange={(e) => setCapacityText(e.target.value)}
      />
      <span id="agent-capacity-hint" className="visually-hidden">
        Conversations at once, 1 to 20
      </span>
      <button type="submit" disabled={!capacityValid || capacityText === null || setStatus.isPending}>
        Set capacity
      </button>
      {setStatus.isError && (
        <p role="alert" className="error">
          Could not change status: {describeError(setStatus.error)}
        </p>
      )}
    </form>
  );
}
