import type { ConversationView } from '@parley/client-sdk';
import { Link } from 'react-router';
import { describeError, formatTime, shortId } from '../format.ts';
import { pastConversationsOf, useConversations } from '../queries/useConversations.ts';

const NOT_PROVIDED = <span className="muted">not provided</span>;

/**
 * What is known about the customer. The API has no customer profile yet: name, platform, page and user
 * agent are shown as "not provided" until chat-service stores what the widget sends at conversation start.
 */
export function CustomerPanel({ view }: { view: ConversationView }) {
  const listed = useConversations();
  const past =
    listed.data && view.customerId ? pastConversationsOf(listed.data, view.customerId, view.id) : [];
  return (
    <>
      <h2 id="customer-heading">Customer</h2>
      <dl className="facts">
        <dt>Customer id</dt>
        <dd>
          <code>{view.customerId ?? '—'}</code>
        </dd>
        <dt>Name</dt>
        <dd>{NOT_PROVIDED}</dd>
        <dt>Platform</dt>
        <dd>{NOT_PROVIDED}</dd>
        <dt>Page</dt>
        <dd>{NOT_PROVIDED}</dd>
        <dt>Department</dt>
        <dd>{view.department ?? '—'}</dd>
        <dt>Started</dt>
        <dd>{formatTime(view.createdAt)}</dd>
        <dt>Assigned</dt>
        <dd>
          {formatTime(view.assignedAt)}
          {view.agentName ? ` to ${view.agentName}` : ''}
        </dd>
        {view.endedAt && (
          <>
            <dt>Ended</dt>
            <dd>{formatTime(view.endedAt)}</dd>
          </>
        )}
      </dl>
      <h3 id="past-heading">Past conversations</h3>
      {listed.isPending && <p className="muted">Loading…</p>}
      {listed.isError && (
        <p role="alert" className="error">
          Could not load: {describeError(listed.error)}
        </p>
      )}
      {listed.isSuccess && past.length === 0 && <p className="muted">None that you can see.</p>}
      {past.length > 0 && (
        <ul className="past" aria-labelledby="past-heading">
          {past.map((c) => (
            <li key={c.id}>
              <Link to={`/c/${c.id}`}>
                {formatTime(c.createdAt)} · {c.department} · {c.status.toLowerCase()}
              </Link>
              <span className="muted small"> ({shortId(c.id)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
