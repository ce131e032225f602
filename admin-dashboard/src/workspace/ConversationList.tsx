import type { ConversationStatus, ConversationView } from '@parley/client-sdk';
import { Link } from 'react-router';
import { formatClock, shortId } from '../format.ts';
import type { Drafts } from './drafts.ts';

const rank: Record<ConversationStatus, number> = { ACTIVE: 0, QUEUED: 1, ENDED: 2 };

/** ACTIVE first, then QUEUED, then ENDED; within each, the order given (most recent activity first). */
export function orderForAgent(views: readonly ConversationView[]): ConversationView[] {
  return views
    .map((view, index) => ({ view, index }))
    .sort((a, b) => rank[a.view.status] - rank[b.view.status] || a.index - b.index)
    .map((x) => x.view);
}

export function lastActivity(view: ConversationView): string | null {
  return view.timeline.at(-1)?.at ?? view.createdAt;
}

export function unreadLabel(unread: number): string {
  return `${unread} unread ${unread === 1 ? 'message' : 'messages'}`;
}

/** The last message's text, or its files when it has no text. */
export function preview(view: Pick<ConversationView, 'timeline'>): string {
  const last = [...view.timeline].reverse().find((e) => e.type === 'MESSAGE');
  if (last?.text) {
    return last.text;
  }
  const files = last?.attachments ?? [];
  return files.length === 0 ? '' : files.length === 1 ? `File: ${files[0]!.name}` : `${files.length} files`;
}

interface Props {
  conversations: readonly ConversationView[];
  selectedId: string | undefined;
  unreadOf: (view: ConversationView) => number;
  isNew: (id: string) => boolean;
  drafts: Drafts;
}

/** The agent's conversations with unread badges; each row is a link (keyboard: Tab + Enter). */
export function ConversationList({ conversations, selectedId, unreadOf, isNew, drafts }: Props) {
  const ordered = orderForAgent(conversations);
  const open = ordered.filter((v) => v.status !== 'ENDED');
  const ended = ordered.filter((v) => v.status === 'ENDED');
  const row = (view: ConversationView) => {
    const unread = view.status === 'ENDED' ? 0 : unreadOf(view);
    const at = lastActivity(view);
    return (
      <li key={view.id}>
        <Link
          to={`/c/${view.id}`}
          className={`conversation-link${view.id === selectedId ? ' selected' : ''}`}
          aria-current={view.id === selectedId ? 'page' : undefined}
        >
          <span className="conversation-row">
            <span className="conversation-title">
              Customer {view.customerId ? shortId(view.customerId) : '…'}
            </span>
            {unread > 0 && ' '}
            {unread > 0 && (
              <span className="badge">
                <span aria-hidden="true">{unread}</span>
                <span className="visually-hidden">{unreadLabel(unread)}</span>
              </span>
            )}
          </span>
          <span className="conversation-row muted small">
            <span>
              {view.department ?? 'no department'} · {view.status.toLowerCase()}
              {isNew(view.id) && <strong className="tag">new</strong>}
              {drafts[view.id] && <span className="tag">draft</span>}
            </span>
            {at && <time dateTime={at}>{formatClock(at)}</time>}
          </span>
          <span className="conversation-preview small">{preview(view)}</span>
        </Link>
      </li>
    );
  };
  return (
    <>
      <h2 id="open-heading">Your conversations ({open.length})</h2>
      {open.length === 0 ? (
        <p className="muted">No open conversations. Set your status to Online to receive new ones.</p>
      ) : (
        <ul className="conversation-list" aria-labelledby="open-heading">
          {open.map(row)}
        </ul>
      )}
      {ended.length > 0 && (
        <details className="ended">
          <summary>Ended ({ended.length})</summary>
          <ul className="conversation-list">{ended.map(row)}</ul>
        </details>
      )}
    </>
  );
}
