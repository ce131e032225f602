import type { ConversationView } from '@parley/client-sdk';
import { useState } from 'react';

interface ConversationListProps {
  conversations: readonly ConversationView[];
  onOpen: (id: string) => void;
  onNew: () => void;
  /** Puts an ended conversation back in line; a rejection's message is shown. */
  onReopen: (id: string) => Promise<void>;
  describeError: (error: unknown) => string;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function started(view: ConversationView): string {
  const date = new Date(view.createdAt ?? '');
  return Number.isNaN(date.getTime()) ? 'Chat' : `Chat of ${dateFormat.format(date)}`;
}

const STATUS: Record<ConversationView['status'], string> = {
  QUEUED: 'Waiting for an agent',
  ACTIVE: 'Open',
  ENDED: 'Ended',
};

function lastText(view: ConversationView): string | null {
  const last = [...view.timeline].reverse().find((e) => e.type === 'MESSAGE');
  if (!last) {
    return null;
  }
  const text = last.text?.trim() || (last.attachments?.length ? 'A file' : '');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The customer's conversations, newest first (on any device of a verified customer), with Start and Reopen. */
export function ConversationList({
  conversations,
  onOpen,
  onNew,
  onReopen,
  describeError,
}: ConversationListProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reopen = async (id: string) => {
    setBusy(id);
    setFailure(null);
    try {
      await onReopen(id);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="conversation-list" aria-labelledby="conversation-list-title">
      <h2 id="conversation-list-title">Your chats</h2>
      <div className="conversation-list-actions">
        <button type="button" className="button primary" onClick={onNew}>
          Start a new chat
        </button>
      </div>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      <ul>
        {conversations.map((view) => {
          const title = started(view);
          const text = lastText(view);
          return (
            <li key={view.id}>
              <div>
                <p className="conversation-title">
                  {title} · {STATUS[view.status]}
                </p>
                {text && <p className="conversation-last">{text}</p>}
              </div>
              <div className="conversation-list-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Open ${title}`}
                  onClick={() => onOpen(view.id)}
                >
                  {view.status === 'ENDED' ? 'View' : 'Open'}
                </button>
                {view.status === 'ENDED' && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Reopen ${title}`}
                    disabled={busy === view.id}
                    onClick={() => void reopen(view.id)}
                  >
                    Reopen
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
