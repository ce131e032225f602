import type { ReactionCount } from '@parley/client-sdk';
import { useId, useRef, useState, type KeyboardEvent } from 'react';

/** The picker's emoji with the names a screen reader says. */
export const REACTION_CHOICES: ReadonlyArray<{ emoji: string; name: string }> = [
  { emoji: '👍', name: 'Thumbs up' },
  { emoji: '❤️', name: 'Heart' },
  { emoji: '😂', name: 'Laughing' },
  { emoji: '😮', name: 'Surprised' },
  { emoji: '🙏', name: 'Thank you' },
  { emoji: '🎉', name: 'Celebrate' },
];

function nameOf(emoji: string): string {
  return REACTION_CHOICES.find((c) => c.emoji === emoji)?.name ?? emoji;
}

interface ReactionsProps {
  reactions: readonly ReactionCount[];
  onToggle: (emoji: string) => void;
}

/**
 * Under a message: a button per emoji with its count (pressed when the customer reacted; pressing toggles
 * it), and "Add reaction", which opens a small group of emoji buttons (Escape closes it).
 */
export function Reactions({ reactions, onToggle }: ReactionsProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const pickerId = useId();

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <div className="reactions">
      {reactions.map((r) => (
        <button
          key={r.emoji}
          type="button"
          className={r.mine ? 'reaction mine' : 'reaction'}
          aria-pressed={r.mine}
          aria-label={`${nameOf(r.emoji)}: ${r.count}${r.mine ? ', including you' : ''}`}
          onClick={() => onToggle(r.emoji)}
        >
          <span aria-hidden="true">{r.emoji}</span> {r.count}
        </button>
      ))}
      <button
        ref={opener}
        type="button"
        className="reaction add"
        aria-expanded={open}
        aria-controls={open ? pickerId : undefined}
        aria-label="Add reaction"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☺+</span>
      </button>
      {open && (
        <div
          id={pickerId}
          role="group"
          aria-label="Choose a reaction"
          className="reaction-picker"
          onKeyDown={onKeyDown}
        >
          {REACTION_CHOICES.map((choice, i) => (
            <button
              key={choice.emoji}
              type="button"
              className="reaction-choice"
              aria-label={choice.name}
              autoFocus={i === 0}
              onClick={() => {
                onToggle(choice.emoji);
                close();
              }}
            >
              <span aria-hidden="true">{choice.emoji}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
