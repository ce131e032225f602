import type { LiveQueueAgent, LiveQueueEntry } from '@parley/client-sdk';
import { useState } from 'react';
import { formatClock, formatSeconds, levelLabel, shortId, waitedFor } from '../format.ts';
import { PriorityControl } from '../workspace/PriorityControl.tsx';
import { AssignDialog } from './AssignDialog.tsx';
import { WhyThisAgent } from './WhyThisAgent.tsx';

const MODES = { AUTOMATIC: 'automatic', MANUAL: 'manual' } as const;

/** Position within each lane, then department (the no-department lane first). */
export function orderWaiting(waiting: readonly LiveQueueEntry[]): LiveQueueEntry[] {
  return [...waiting].sort(
    (a, b) => a.position - b.position || (a.department ?? '').localeCompare(b.department ?? ''),
  );
}

interface Props {
  waiting: readonly LiveQueueEntry[];
  /** For "Assign…": every agent's status and load. */
  agents: readonly LiveQueueAgent[];
  now: number;
}

/**
 * The live queue: per conversation its lane and mode, priority (changeable) and effective priority, VIP,
 * skills, time waited and estimated wait, escalation; "Assign…" to an agent and "Why this agent?".
 */
export function WaitingTable({ waiting, agents, now }: Props) {
  const [assigning, setAssigning] = useState<LiveQueueEntry | null>(null);
  const ordered = orderWaiting(waiting);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="waiting-caption">
      <table className="data">
        <caption id="waiting-caption">Waiting ({waiting.length})</caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">Department</th>
            <th scope="col">Customer</th>
            <th scope="col">Priority</th>
            <th scope="col">Effective</th>
            <th scope="col">Skills</th>
            <th scope="col">Waiting</th>
            <th scope="col">Est. wait</th>
            <th scope="col">Escalated</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {ordered.length === 0 && (
            <tr>
              <td colSpan={10} className="muted">
                Nobody is waiting.
              </td>
            </tr>
          )}
          {ordered.map((w) => {
            const customer = `customer ${shortId(w.customerId)}`;
            return (
              <tr key={w.conversationId} className={w.escalated ? 'escalated' : undefined}>
                <th scope="row">{w.position}</th>
                <td>
                  {w.department ?? 'any'} <span className="muted small">({MODES[w.mode] ?? w.mode})</span>
                </td>
                <td>
                  <code>{shortId(w.customerId)}</code>
                  {w.vip && <span className="tag vip">VIP</span>}
                </td>
                <td>
                  <PriorityControl
                    conversationId={w.conversationId}
                    current={w.priority}
                    label={`Priority of ${customer}`}
                    visibleLabel={false}
                  />
                </td>
                <td>{levelLabel(w.effectivePriority)}</td>
                <td>{w.skills.length > 0 ? w.skills.join(', ') : '—'}</td>
                <td>
                  {waitedFor(w.enqueuedAt, now)}{' '}
                  <span className="muted small">
                    (since <time dateTime={w.enqueuedAt}>{formatClock(w.enqueuedAt)}</time>)
                  </span>
                </td>
                <td>{formatSeconds(w.estimatedWaitSeconds)}</td>
                <td>{w.escalated ? <strong className="tag escalated-tag">escalated</strong> : 'no'}</td>
                <td className="actions">
                  <button type="button" aria-label={`Assign ${customer}…`} onClick={() => setAssigning(w)}>
                    Assign…
                  </button>{' '}
                  <WhyThisAgent conversationId={w.conversationId} subject={customer} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {assigning && (
        <AssignDialog
          conversationId={assigning.conversationId}
          subject={`customer ${shortId(assigning.customerId)}`}
          department={assigning.department}
          skills={assigning.skills}
          currentAgentId={null}
          agents={agents}
          onClose={() => setAssigning(null)}
        />
      )}
    </div>
  );
}
