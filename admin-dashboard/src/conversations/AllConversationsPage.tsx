import type { Conversation, ConversationStatus, LiveQueueAgent } from '@parley/client-sdk';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { dayEnd, dayStart, describeError, formatTime, shortId } from '../format.ts';
import { useConversationPage } from '../queries/useConversationPage.ts';
import { useDepartments, useQueueAgents } from '../queries/useQueueAgents.ts';
import { Pager } from '../ui/Pager.tsx';
import { useUrlFilters } from '../ui/useUrlFilters.ts';

const KEYS = ['status', 'department', 'customerId', 'agentId', 'from', 'to'] as const;
type Fields = Record<(typeof KEYS)[number], string>;

const STATUSES: readonly ConversationStatus[] = ['QUEUED', 'ACTIVE', 'ENDED'];

export const CONVERSATIONS_PAGE_SIZE = 50;

/**
 * Supervisors and admins: every conversation, filtered by status, department, customer, agent and creation
 * date (GET /api/v1/conversations with the staff filters), a page at a time; each opens in the workspace.
 * The filters are kept in the URL.
 */
export function AllConversationsPage() {
  const { applied, page, apply, setPage } = useUrlFilters(KEYS);
  const [fields, setFields] = useState<Fields>(applied);
  useEffect(() => setFields(applied), [applied]);
  const agents = useQueueAgents({ poll: false });
  const departments = useDepartments();
  const list = useConversationPage({
    status: (STATUSES as readonly string[]).includes(applied.status)
      ? (applied.status as ConversationStatus)
      : undefined,
    department: applied.department,
    customerId: applied.customerId,
    agentId: applied.agentId,
    from: dayStart(applied.from),
    to: dayEnd(applied.to),
    page,
    size: CONVERSATIONS_PAGE_SIZE,
  });
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    apply(fields);
  }
  function clear() {
    apply({ status: '', department: '', customerId: '', agentId: '', from: '', to: '' });
  }
  const field = (key: keyof Fields) => ({
    id: `${id}-${key}`,
    value: fields[key],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })),
  });
  const data = list.data;

  return (
    <div className="page conversations-page">
      <h1>All conversations</h1>
      <form className="filters" onSubmit={submit} aria-label="Filter conversations">
        <fieldset className="filter-row">
          <legend>Filters</legend>
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select {...field('status')}>
              <option value="">Any status</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s.toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-department`}>Department</label>
            <select {...field('department')}>
              <option value="">Any department</option>
              {(departments.data ?? []).map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-customerId`}>Customer id</label>
            <input type="text" spellCheck={false} {...field('customerId')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-agentId`}>Agent</label>
            <select {...field('agentId')}>
              <option value="">Any agent</option>
              {sortByName(agents.data ?? []).map((a) => (
                <option key={a.agentId} value={a.agentId}>
                  {a.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>Created from</label>
            <input type="date" {...field('from')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Created to</label>
            <input type="date" {...field('to')} />
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary">
            Apply filters
          </button>
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      </form>

      {list.isError && (
        <p role="alert" className="error">
          Could not load the conversations: {describeError(list.error)}
        </p>
      )}
      <p role="status" className="muted">
        {list.isPending
          ? 'Loading…'
          : data
            ? countLine(data.items.length, data.page, data.size, data.total)
            : ''}
      </p>
      {data && data.items.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
          <table className="data">
            <caption id={`${id}-caption`}>Conversations, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Status</th>
                <th scope="col">Department</th>
                <th scope="col">Agent</th>
                <th scope="col">Started</th>
                <th scope="col">Ended</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <Row key={c.id} conversation={c} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <Pager
          label="Conversation pages"
          page={data.page}
          hasMore={data.hasMore}
          onPage={setPage}
          busy={list.isFetching}
        />
      )}
    </div>
  );
}

function countLine(shown: number, page: number, size: number, total: number | null): string {
  if (shown === 0) {
    return 'No conversations match.';
  }
  const first = page * size + 1;
  const of = total === null ? '' : ` of ${total}`;
  return `Showing ${first}–${first + shown - 1}${of}.`;
}

function Row({ conversation: c }: { conversation: Conversation }) {
  return (
    <tr>
      <th scope="row">
        <Link to={`/c/${c.id}`}>{c.customerName ?? `Customer ${shortId(c.customerId)}`}</Link>
        {c.customerEmail && <span className="muted small"> · {c.customerEmail}</span>}
      </th>
      <td>
        <span className={`status-pill status-${c.status.toLowerCase()}`}>{c.status.toLowerCase()}</span>
      </td>
      <td>{c.department || '—'}</td>
      <td>{c.agentName ?? '—'}</td>
      <td>
        <time dateTime={c.createdAt}>{formatTime(c.createdAt)}</time>
      </td>
      <td>{c.endedAt ? <time dateTime={c.endedAt}>{formatTime(c.endedAt)}</time> : '—'}</td>
    </tr>
  );
}

function sortByName(agents: readonly LiveQueueAgent[]): LiveQueueAgent[] {
  return [...agents].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
