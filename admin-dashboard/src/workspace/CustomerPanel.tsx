import type { ConversationView } from '@parley/client-sdk';
import { Link } from 'react-router';
import { WhyThisAgent } from '../admin/WhyThisAgent.tsx';
import { describeError, formatTime, shortId } from '../format.ts';
import { useParleyState } from '../parley.tsx';
import { useConversationPage } from '../queries/useConversationPage.ts';
import { pastConversationsOf } from '../queries/useConversations.ts';
import { canSupervise } from '../roles.ts';
import { VipBadge, VipControl } from './VipControl.tsx';

const NOT_PROVIDED = <span className="muted">not provided</span>;

const PLATFORMS: Record<string, string> = { web: 'Web', ios: 'iOS', android: 'Android' };

/** Text, or "not provided" when absent. */
function fact(value: string | null) {
  return value ? value : NOT_PROVIDED;
}

/** The page as a link that opens in a new tab without giving it this window (http/https only). */
function pageLink(url: string | null) {
  if (!url || !/^https?:\/\//i.test(url)) {
    return NOT_PROVIDED;
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

/**
 * What is known about the customer: what chat-service stored from the conversation start (name, email,
 * platform, page; "not provided" when the customer gave none), the VIP flag from user-service (supervisors
 * and admins toggle it), the department and times, "Why this agent?" for supervisors, and their other
 * conversations the agent may see.
 */
export function CustomerPanel({ view }: { view: ConversationView }) {
  const listed = useConversationPage(
    { customerId: view.customerId ?? undefined },
    { enabled: view.customerId !== null, pollMs: 60_000 },
  );
  const supervisor = canSupervise(useParleyState((s) => s.session?.roles));
  const past =
    listed.data && view.customerId ? pastConversationsOf(listed.data.items, view.customerId, view.id) : [];
  return (
    <>
      <h2 id="customer-heading">Customer {view.customerId && <VipBadge customerId={view.customerId} />}</h2>
      <dl className="facts">
        <dt>Customer id</dt>
        <dd>
          <code>{view.customerId ?? '—'}</code>
        </dd>
        <dt>VIP</dt>
        <dd>{view.customerId ? <VipControl customerId={view.customerId} editable={supervisor} /> : '—'}</dd>
        <dt>Name</dt>
        <dd>{fact(view.customerName)}</dd>
        <dt>Email</dt>
        <dd>{fact(view.customerEmail)}</dd>
        <dt>Platform</dt>
        <dd title={view.userAgent ?? undefined}>
          {fact(view.platform ? (PLATFORMS[view.platform] ?? view.platform) : null)}
        </dd>
        <dt>Page</dt>
        <dd>{pageLink(view.pageUrl)}</dd>
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
      {supervisor && (
        <p>
          <WhyThisAgent
            conversationId={view.id}
            subject={`customer ${shortId(view.customerId ?? view.id)}`}
          />
        </p>
      )}
      <h3 id="past-heading">Past conversations</h3>
      {listed.isLoading && <p className="muted">Loading…</p>}
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
