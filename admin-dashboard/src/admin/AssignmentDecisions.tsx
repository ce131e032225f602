import type { AssignmentDecision } from '@parley/client-sdk';
import { describeError, formatTime, levelLabel, priorityLabel, reasonText, shortId } from '../format.ts';
import { useQueueAgents } from '../queries/useQueueAgents.ts';
import { useAssignments } from '../queries/useQueueConversation.ts';

/** How the heading of a decision starts, before the agent's name. */
const KINDS: Record<string, string> = {
  AUTOMATIC: 'Assigned by the routing rules to',
  TAKEN: 'Taken by',
  SUPERVISOR: 'Assigned by a supervisor to',
  TRANSFER: 'Transferred to',
};

const STRATEGIES: Record<string, string> = {
  MOST_SPARE_CAPACITY: 'most spare capacity',
  ROUND_ROBIN: 'round robin',
  LONGEST_IDLE: 'longest idle',
};

/**
 * "Why this agent?": every assignment decision of a conversation (GET …/assignments, oldest first) with the
 * rules that matched, the strategy, and each candidate agent with why they were or were not eligible.
 */
export function AssignmentDecisions({ conversationId }: { conversationId: string }) {
  const decisions = useAssignments(conversationId);
  const agents = useQueueAgents({ poll: false });
  const nameOf = (id: string | null) =>
    id === null ? '—' : (agents.data?.find((a) => a.agentId === id)?.displayName ?? shortId(id));

  if (decisions.isPending) {
    return <p className="muted">Loading the decisions…</p>;
  }
  if (decisions.isError) {
    return (
      <p role="alert" className="error">
        Could not load the decisions: {describeError(decisions.error)}
      </p>
    );
  }
  if (decisions.data.length === 0) {
    return <p className="muted">No assignment decisions yet: it has not been assigned.</p>;
  }
  return (
    <ol className="decisions">
      {decisions.data.map((d, index) => (
        <li key={`${d.at}-${index}`}>
          <Decision decision={d} index={index} nameOf={nameOf} />
        </li>
      ))}
    </ol>
  );
}

function Decision({
  decision: d,
  index,
  nameOf,
}: {
  decision: AssignmentDecision;
  index: number;
  nameOf: (id: string | null) => string;
}) {
  const captionId = `decision-${index}`;
  return (
    <>
      <h3 id={captionId}>
        {KINDS[d.kind] ?? `${d.kind}:`} {nameOf(d.agentId)}
        {d.previousAgentId && <> (from {nameOf(d.previousAgentId)})</>}{' '}
        <span className="muted small">
          <time dateTime={d.at}>{formatTime(d.at)}</time>
        </span>
      </h3>
      <dl className="facts">
        <dt>Rules version</dt>
        <dd>{d.rulesVersion === 0 ? '0 (built-in default)' : d.rulesVersion}</dd>
        <dt>Matched rules</dt>
        <dd>{d.matchedRules.length > 0 ? d.matchedRules.join(', ') : 'none'}</dd>
        <dt>Strategy</dt>
        <dd>{d.strategy ? (STRATEGIES[d.strategy] ?? d.strategy) : '—'}</dd>
        <dt>Department</dt>
        <dd>{d.department ?? 'any'}</dd>
        <dt>Priority</dt>
        <dd>
          {priorityLabel(d.priority)}
          {d.effectivePriority !== null && <> (effective {levelLabel(d.effectivePriority)})</>}
          {d.vip && <span className="tag vip">VIP</span>}
        </dd>
      </dl>
      {d.candidates.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="data">
            <caption className="visually-hidden">Candidates</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Eligible</th>
                <th scope="col">Why</th>
                <th scope="col">Free slots</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {d.candidates.map((c) => (
                <tr key={c.agentId} className={c.agentId === d.agentId ? 'chosen' : undefined}>
                  <th scope="row">
                    {nameOf(c.agentId)}
                    {c.agentId === d.agentId && <span className="tag">chosen</span>}
                  </th>
                  <td>{c.eligible ? 'yes' : 'no'}</td>
                  <td>{c.eligible ? '—' : reasonText(c.reason)}</td>
                  <td>{c.spare}</td>
                  <td>{c.score ?? (c.eligible ? 'first (never assigned)' : '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
