import { selectTimeline, type ConversationView, type DisplayMessage } from '@parley/client-sdk';
import { useEffect, useRef } from 'react';
import { formatClock } from '../format.ts';
import { useParley } from '../parley.tsx';

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
  if (message.type === 'ASSIGNED') {
    const event = view.timeline.find((e) => e.seq === message.seq);
    return `Assigned to ${event?.agentName ?? 'an agent'}`;
  }
  return `Conversation ended by ${message.senderRole === 'CUSTOMER' ? 'the customer' : message.mine ? 'you' : 'the agent'}`;
}

/** The conversation's timeline, newest at the bottom; a live region so screen readers hear new messages. */
export function MessageList({ view, selfId }: { view: ConversationView; selfId: string }) {
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
                {m.status === 'pending' && <span className="muted"> · sending…</span>}
                {m.status === 'sent' && <span className="muted"> · sent</span>}
              </span>
              <span className="message-text">{m.text}</span>
              {m.status === 'failed' && (
                <span className="error small" role="alert">
                  Not sent: {view.pending.find((p) => p.clientMessageId === m.key)?.error ?? 'refused'}{' '}
                  <button type="button" className="link" onClick={() => client.discard(view.id, m.key)}>
                    Discard
                  </button>
                </span>
              )}
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
