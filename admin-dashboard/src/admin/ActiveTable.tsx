import type { Conversation, LiveQueueAgent } from '@parley/client-sdk';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError, formatClock, shortId, waitedFor } from '../format.ts';
import { useConversationPage } from '../queries/useConversationPage.ts';
import { QUEUE_POLL_MS } from '../queries/useQueueOverview.ts';
import { AssignDialog } from './AssignDialog.tsx';
import { WhyThisAgent } from './WhyThisAgent.tsx';

/** chat-service pages conversations by at most 200. */
const MAX_PAGE = 200;

/** ACTIVE conversations, longest assigned first. */
export function inProgress(conversations: readonly Conversation[]): Conversation[] {
  return conversations
    .filter((c) => c.status === 'ACTIVE')
    .sort((a, b) => (a.assignedAt ?? '').localeCompare(b.assignedAt ?? ''));
}

/**
 * Conversations in progress (GET /api/v1/conversations?status=ACTIVE, the largest page the server gives, polled
 * with the queue):
 * who has each, "Reassign…" to another agent (POST …/assign moves an assigned one) and "Why this agent?".
 */
export function ActiveTable({ agents, now }: { agents: readonly LiveQueueAgent[]; now: number }) {
  const listed = useConversationPage({ status: 'ACTIVE', size: MAX_PAGE }, { pollMs: QUEUE_POLL_MS });
  const [moving, setMoving] = useState<Conversation | null>(null);
  const active = inProgress(listed.data?.items ?? []);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="active-caption">
      <table className="data">
        <caption id="active-caption">In progress ({active.length})</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Agent</th>
            <th scope="col">Department</th>
            <th scope="col">Assigned</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {listed.isError && (
            <tr>
              <td colSpan={5} role="alert" className="error">
                Could not load the conversations: {describeError(listed.error)}
              </td>
            </tr>
          )}
          {listed.isSuccess && active.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                No conversation in progress.
              </td>
            </tr>
          )}
          {active.map((c) => {
            const customer = `customer ${shortId(c.customerId)}`;
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/c/${c.id}`} aria-label={`Open the conversation of ${customer}`}>
                    {shortId(c.customerId)}
                  </Link>
                </th>
                <td>{c.agentName ?? (c.agentId ? shortId(c.agentId) : '—')}</td>
                <td>{c.department}</td>
                <td>
                  {c.assignedAt ? (
                    <>
                      {waitedFor(c.assignedAt, now)} ago{' '}
                      <span className="muted small">
                        (<time dateTime={c.assignedAt}>{formatClock(c.assignedAt)}</time>)
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="actions">
                  <button type="button" aria-label={`Reassign ${customer}…`} onClick={() => setMoving(c)}>
                    Reassign…
                  </button>{' '}
                  <WhyThisAgent conversationId={c.id} subject={customer} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {moving && (
        <AssignDialog
          conversationId={moving.id}
          subject={`customer ${shortId(moving.customerId)}`}
          department={moving.department}
          skills={moving.skills ?? []}
          currentAgentId={moving.agentId}
          agents={agents}
          onClose={() => setMoving(null)}
        />
      )}
    </div>
  );
}
