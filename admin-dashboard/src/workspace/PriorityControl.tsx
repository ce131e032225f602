import { ROUTING_PRIORITIES, type RoutingPriority } from '@parley/client-sdk';
import { useId, useState } from 'react';
import { describeError, priorityLabel } from '../format.ts';
import { useSetPriority } from '../queries/useQueueConversation.ts';

interface Props {
  conversationId: string;
  /** The current priority (null: none chosen, it counts as medium). */
  current: RoutingPriority | null;
  /** Accessible name of the select, e.g. "Priority" or "Priority of customer 1a2b3c4d". */
  label?: string;
  /** Show the label visibly (the header) or only to screen readers (table cells). */
  visibleLabel?: boolean;
}

/** Changes a conversation's priority on selection: PUT /api/v1/queue/conversations/{id}/priority. */
export function PriorityControl({ conversationId, current, label = 'Priority', visibleLabel = true }: Props) {
  const id = useId();
  const setPriority = useSetPriority();
  // The value just saved, shown until the server's view of `current` changes (a refetch after the save).
  const [saved, setSaved] = useState<{ value: RoutingPriority; over: RoutingPriority | null } | null>(null);
  const shown = setPriority.isPending
    ? setPriority.variables.priority
    : saved && saved.over === current
      ? saved.value
      : (current ?? '');
  return (
    <span className="priority-control">
      <label htmlFor={id} className={visibleLabel ? undefined : 'visually-hidden'}>
        {label}
      </label>
      <select
        id={id}
        value={shown}
        disabled={setPriority.isPending}
        onChange={(e) => {
          const priority = e.target.value as RoutingPriority;
          setPriority.mutate(
            { conversationId, priority },
            { onSuccess: () => setSaved({ value: priority, over: current }) },
          );
        }}
      >
        {shown === '' && <option value="">none (medium)</option>}
        {ROUTING_PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {priorityLabel(p)}
          </option>
        ))}
      </select>
      {setPriority.isError && (
        <span role="alert" className="error small">
          Could not change the priority: {describeError(setPriority.error)}
        </span>
      )}
    </span>
  );
}
