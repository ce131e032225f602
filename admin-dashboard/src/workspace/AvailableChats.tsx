import type { LiveQueueEntry } from '@parley/client-sdk';
import { useState } from 'react';
import { describeError, formatClock, levelLabel, priorityLabel, shortId, waitedFor } from '../format.ts';
import { AVAILABLE_POLL_MS, useAvailableChats, useTakeChat } from '../queries/useAvailableChats.ts';

interface Props {
  /** The server gave the agent the conversation; it shows up in their list once chat-service assigned it. */
  onTaken: (conversationId: string) => void;
}

/**
 * Manual mode: waiting chats of MANUAL departments this agent could take now (GET /queue/available, refreshed
 * every few seconds), each with a Take button. A refusal (409: taken meanwhile, at capacity, …) shows its
 * reason on that item.
 */
export function AvailableChats({ onTaken }: Props) {
  const available = useAvailableChats();
  const take = useTakeChat();
  const [refusal, setRefusal] = useState<{ id: string; message: string } | null>(null);
  const items = available.data ?? [];

  function takeOne(item: LiveQueueEntry) {
    setRefusal(null);
    take.mutate(item.conversationId, {
      onSuccess: () => onTaken(item.conversationId),
      onError: (error) => setRefusal({ id: item.conversationId, message: describeError(error) }),
    });
  }

  return (
    <section className="available" aria-labelledby="available-heading">
      <h2 id="available-heading">Available chats ({items.length})</h2>
      <p className="muted small">
        Waiting in departments where agents pick their chats; refreshed every {AVAILABLE_POLL_MS / 1000} s.
      </p>
      {available.isError && (
        <p role="alert" className="error small">
          Could not load the available chats: {describeError(available.error)}
        </p>
      )}
      {available.isSuccess && items.length === 0 && <p className="muted small">None right now.</p>}
      {items.length > 0 && (
        <ul className="available-list" aria-labelledby="available-heading">
          {items.map((item) => {
            const label = `customer ${shortId(item.customerId)}`;
            return (
              <li key={item.conversationId} className="available-item">
                <span className="conversation-row">
                  <span className="conversation-title">
                    Customer {shortId(item.customerId)}
                    {item.vip && <span className="tag vip">VIP</span>}
                  </span>
                  <button
                    type="button"
                    className="primary"
                    aria-label={`Take the chat of ${label}`}
                    disabled={take.isPending}
                    onClick={() => takeOne(item)}
                  >
                    {take.isPending && take.variables === item.conversationId ? 'Taking…' : 'Take'}
                  </button>
                </span>
                <span className="muted small">
                  {item.department ?? 'any department'} · priority {priorityLabel(item.priority)} (now{' '}
                  {levelLabel(item.effectivePriority)}) · waiting {waitedFor(item.enqueuedAt, Date.now())}{' '}
                  (since <time dateTime={item.enqueuedAt}>{formatClock(item.enqueuedAt)}</time>)
                  {item.skills.length > 0 && <> · needs {item.skills.join(', ')}</>}
                </span>
                {refusal?.id === item.conversationId && (
                  <span role="alert" className="error small">
                    Could not take it: {refusal.message}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {refusal && !items.some((i) => i.conversationId === refusal.id) && (
        <p role="alert" className="error small">
          Could not take it: {refusal.message}
        </p>
      )}
    </section>
  );
}
