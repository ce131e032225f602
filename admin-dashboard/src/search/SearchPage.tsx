import { MAX_SEARCH_QUERY_LENGTH, type LiveQueueAgent, type MessageSearchHit } from '@parley/client-sdk';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { dayEnd, dayStart, describeError, formatTime, shortId } from '../format.ts';
import { useMessageSearch } from '../queries/useMessageSearch.ts';
import { useQueueAgents } from '../queries/useQueueAgents.ts';
import { Pager } from '../ui/Pager.tsx';
import { useUrlFilters } from '../ui/useUrlFilters.ts';
import { Snippet } from './Snippet.tsx';

const KEYS = ['q', 'conversationId', 'customerId', 'agentId', 'from', 'to'] as const;
type Fields = Record<(typeof KEYS)[number], string>;

export const SEARCH_PAGE_SIZE = 20;

/**
 * Message search for staff (GET /api/v1/search/messages): plain words, narrowed by conversation, customer,
 * agent and dates; highlighted snippets; each hit opens its conversation. The server decides what the caller
 * may see (agents: conversations they were ever assigned). The search is kept in the URL.
 */
export function SearchPage() {
  const { applied, page, apply, setPage } = useUrlFilters(KEYS);
  const [fields, setFields] = useState<Fields>(applied);
  useEffect(() => setFields(applied), [applied]);
  const agents = useQueueAgents({ poll: false });
  const search = useMessageSearch({
    q: applied.q,
    conversationId: applied.conversationId,
    customerId: applied.customerId,
    agentId: applied.agentId,
    from: dayStart(applied.from),
    to: dayEnd(applied.to),
    page,
    size: SEARCH_PAGE_SIZE,
  });
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (fields.q.trim() !== '') {
      apply(fields);
    }
  }
  const field = (key: keyof Fields) => ({
    id: `${id}-${key}`,
    value: fields[key],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })),
  });
  const data = search.data;

  return (
    <div className="page search-page">
      <h1>Search messages</h1>
      <form role="search" className="filters" onSubmit={submit} aria-label="Search messages">
        <div className="field wide">
          <label htmlFor={`${id}-q`}>Words to find</label>
          <input
            type="search"
            required
            maxLength={MAX_SEARCH_QUERY_LENGTH}
            aria-describedby={`${id}-q-hint`}
            {...field('q')}
          />
          <span id={`${id}-q-hint`} className="muted small">
            Plain words; a message must contain all of them.
          </span>
        </div>
        <fieldset className="filter-row">
          <legend>Narrow down (optional)</legend>
          <div className="field">
            <label htmlFor={`${id}-conversationId`}>Conversation id</label>
            <input type="text" spellCheck={false} {...field('conversationId')} />
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
            <label htmlFor={`${id}-from`}>From</label>
            <input type="date" {...field('from')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input type="date" {...field('to')} />
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary" disabled={fields.q.trim() === ''}>
            Search
          </button>
        </div>
      </form>

      <section aria-labelledby={`${id}-results`} className="results">
        <h2 id={`${id}-results`}>Results</h2>
        <p role="status" className="muted">
          {applied.q === ''
            ? 'Type some words and search.'
            : search.isPending
              ? 'Searching…'
              : data
                ? resultLine(data.total, data.page, data.size, data.hits.length)
                : ''}
        </p>
        {search.isError && (
          <p role="alert" className="error">
            Could not search: {describeError(search.error)}
          </p>
        )}
        {data && data.hits.length > 0 && (
          <ol className="hits">
            {data.hits.map((hit) => (
              <Hit key={hit.messageId} hit={hit} agents={agents.data ?? []} />
            ))}
          </ol>
        )}
        {data && (
          <Pager
            label="Search result pages"
            page={data.page}
            hasMore={(data.page + 1) * data.size < data.total}
            onPage={setPage}
            busy={search.isFetching}
          />
        )}
      </section>
    </div>
  );
}

function resultLine(total: number, page: number, size: number, shown: number): string {
  if (total === 0) {
    return 'No messages found.';
  }
  const first = page * size + 1;
  return `${total} ${total === 1 ? 'message' : 'messages'} found; showing ${first}–${first + shown - 1}.`;
}

function Hit({ hit, agents }: { hit: MessageSearchHit; agents: readonly LiveQueueAgent[] }) {
  const sender =
    hit.senderRole === 'CUSTOMER'
      ? 'Customer'
      : (agents.find((a) => a.agentId === hit.senderId)?.displayName ?? 'Agent');
  return (
    <li className="hit">
      <Link to={`/c/${hit.conversationId}`}>
        Conversation {shortId(hit.conversationId)}, message {hit.seq}
      </Link>
      <span className="muted small">
        {' '}
        · {sender} · <time dateTime={hit.sentAt}>{formatTime(hit.sentAt)}</time>
      </span>
      <p className="snippet">
        <Snippet snippet={hit.snippet} />
      </p>
    </li>
  );
}

function sortByName(agents: readonly LiveQueueAgent[]): LiveQueueAgent[] {
  return [...agents].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
