import { selectTimeline, type ConversationView, type DisplayMessage } from '@parley/client-sdk';
import { useEffect, useRef } from 'react';
import { formatClock } from '../format.ts';
import { useParley } from '../parley.tsx';
import { AttachmentView } from './AttachmentView.tsx';
import { Reactions } from './Reactions.tsx';
import { Ticks } from './Ticks.tsx';

function who(message: DisplayMessage, view: ConversationView): string {
  if (message.mine) {
    return 'You';
  }
  if (message.senderRole === 'CUSTOMER') {
    return 'Customer';
  }
  if (message.senderRole === 'SYSTEM') {
    return 'Parley';
  }
  return view.agentId === message.senderId && view.agentName ? view.agentName : 'Agent';
}

function systemText(message: DisplayMessage, view: ConversationView): string {
  const event = view.timeline.find((e) => e.seq === message.seq);
  switch (message.type) {
    case 'ASSIGNED':
      return `Assigned to ${event?.agentName ?? 'an agent'}`;
    case 'TRANSFERRED': {
      const target = event?.agentId
        ? (event.agentName ?? 'another agent')
        : event?.department
          ? `the ${event.department} team`
          : null;
      const by = message.mine ? ' by you' : '';
      return target ? `Transferred to ${target}${by}` : (message.text ?? `Transferred${by}`);
    }
    case 'REQUEUED':
      return `Back in the queue${event?.department ? ` (${event.department})` : ''}: the agent was unavailable`;
    case 'REOPENED':
      return `Reopened by ${message.senderRole === 'CUSTOMER' ? 'the customer' : message.mine ? 'you' : 'an agent'}; back in the queue`;
    default:
      return `Conversation ended by ${message.senderRole === 'CUSTOMER' ? 'the customer' : message.mine ? 'you' : 'the agent'}`;
  }
}

/**
 * The conversation's timeline, newest at the bottom; a live region so screen readers hear new messages.
 * Assignments, transfers, requeues and the end are system lines; a transfer NOTE is an internal note, marked
 * as such (the server never sends it to the customer). The agent's own messages show how far they got (sent,
 * delivered, read); messages carry their files and reactions.
 */
export function MessageList({
  view,
  selfId,
  canReact,
}: {
  view: ConversationView;
  selfId: string;
  /** The agent may react (assigned to them, or a supervisor). */
  canReact: boolean;
}) {
  const client = useParley();
  const messages = selectTimeline(view, selfId);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = end.current;
    if (list) {
      list.scrollTop = list.scrollHeight;
    }
  }, [messages.length, view.id]);

  return (
    <div className="messages" ref={end} role="log" aria-label="Messages" aria-live="polite" tabIndex={0}>
      <ol>
        {messages.length === 0 && <li className="muted">No messages yet.</li>}
        {messages.map((m) =>
          m.type === 'MESSAGE' ? (
            <li key={m.key} className={`message ${m.mine ? 'mine' : 'theirs'}`}>
              <span className="message-meta">
                <span className="sender">{who(m, view)}</span>{' '}
                <time dateTime={m.at}>{formatClock(m.at)}</time>
                {m.mine && <Ticks message={m} />}
              </span>
              {m.text && <span className="message-text">{m.text}</span>}
              {m.attachments.length > 0 && (
                <ul className="attachments" aria-label="Files">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <AttachmentView attachment={a} />
                    </li>
                  ))}
                </ul>
              )}
              {m.seq !== null && m.status === 'confirmed' && (
                <Reactions conversationId={view.id} seq={m.seq} reactions={m.reactions} canReact={canReact} />
              )}
              {m.status === 'failed' && (
                <span className="error small" role="alert">
                  Not sent: {view.pending.find((p) => p.clientMessageId === m.key)?.error ?? 'refused'}{' '}
                  <button type="button" className="link" onClick={() => client.discard(view.id, m.key)}>
                    Discard
                  </button>
                </span>
              )}
            </li>
          ) : m.type === 'NOTE' ? (
            <li key={m.key} className="message note">
              <span className="message-meta">
                <strong className="note-label">Internal note</strong> ·{' '}
                <span className="sender">{who(m, view)}</span>{' '}
                <time dateTime={m.at}>{formatClock(m.at)}</time>
              </span>
              <span className="message-text">{m.text}</span>
              <span className="small muted">Only agents see this; the customer does not.</span>
            </li>
          ) : (
            <li key={m.key} className="message system small">
              {systemText(m, view)} · <time dateTime={m.at}>{formatClock(m.at)}</time>
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
