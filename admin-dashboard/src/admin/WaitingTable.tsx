import type { WaitingConversation } from '@parley/client-sdk';
import { formatClock, shortId, waitedFor } from '../format.ts';

/** The live queue in position order. */
export function WaitingTable({ waiting, now }: { waiting: readonly WaitingConversation[]; now: number }) {
  const ordered = [...waiting].sort((a, b) => a.position - b.position);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="waiting-caption">
      <table className="data">
        <caption id="waiting-caption">Waiting ({waiting.length})</caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">Department</th>
            <th scope="col">Waiting</th>
            <th scope="col">Priority</th>
            <th scope="col">Customer</th>
            <th scope="col">Conversation</th>
          </tr>
        </thead>
        <tbody>
          {ordered.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                Nobody is waiting.
              </td>
            </tr>
          )}
          {ordered.map((w) => (
            <tr key={w.conversationId}>
              <th scope="row">{w.position}</th>
              <td>{w.department ?? 'any'}</td>
              <td>
                {waitedFor(w.enqueuedAt, now)}{' '}
                <span className="muted small">
                  (since <time dateTime={w.enqueuedAt}>{formatClock(w.enqueuedAt)}</time>)
                </span>
              </td>
              <td>{w.priority.toLowerCase()}</td>
              <td>
                <code>{shortId(w.customerId)}</code>
              </td>
              <td>
                <code>{shortId(w.conversationId)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
