import { MAX_TEXT_LENGTH } from '@parley/client-sdk';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useParley } from '../parley.tsx';

interface Props {
  conversationId: string;
  draft: string;
  onDraft: (text: string) => void;
}

/** The reply box. Its text is the conversation's draft, owned by the workspace so switching keeps it. */
export function Composer({ conversationId, draft, onDraft }: Props) {
  const client = useParley();
  const [error, setError] = useState<string | null>(null);
  const id = `composer-${conversationId}`;

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (draft.trim() === '') {
      return;
    }
    try {
      client.send(conversationId, draft);
      onDraft('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form className="composer" onSubmit={send}>
      <label htmlFor={id}>Reply to the customer</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        maxLength={MAX_TEXT_LENGTH}
        onChange={(e) => onDraft(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
      />
      <div className="composer-actions">
        <span id={`${id}-hint`} className="muted small">
          Enter sends, Shift+Enter starts a new line.
        </span>
        <button type="submit" className="primary" disabled={draft.trim() === ''}>
          Send
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
