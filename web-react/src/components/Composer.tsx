import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_TEXT_LENGTH, messageProblem, textLength } from '../lib/text.ts';
import { CharacterCount } from './CharacterCount.tsx';

interface ComposerProps {
  /** Queues the message (the SDK sends it now or when the connection returns). */
  onSend: (text: string) => void;
  autoFocus?: boolean;
}

/** The message box: Enter sends, Shift+Enter starts a new line, at most 4000 characters. */
export function Composer({ onSend, autoFocus }: ComposerProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const tooLong = textLength(text) > MAX_TEXT_LENGTH;

  const send = () => {
    const found = messageProblem(text);
    if (found) {
      setProblem(found);
      return;
    }
    try {
      onSend(text);
      setText('');
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <form className="composer" onSubmit={onSubmit} aria-label="Send a message">
      <label htmlFor="composer-text" className="sr-only">
        Message
      </label>
      <div className="composer-row">
        <textarea
          id="composer-text"
          value={text}
          rows={2}
          placeholder="Write a message…"
          autoFocus={autoFocus}
          aria-describedby={
            problem ? 'composer-count composer-help composer-problem' : 'composer-count composer-help'
          }
          aria-invalid={tooLong || undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button primary" disabled={tooLong}>
          Send
        </button>
      </div>
      <div className="composer-meta">
        <span id="composer-help" className="composer-help">
          Enter to send, Shift+Enter for a new line.
        </span>
        <CharacterCount id="composer-count" text={text} />
      </div>
      {problem && (
        <p id="composer-problem" role="alert" className="field-error">
          {problem}
        </p>
      )}
    </form>
  );
}
