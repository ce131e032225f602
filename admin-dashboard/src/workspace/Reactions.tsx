import type { ReactionCount } from '@parley/client-sdk';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useParley } from '../parley.tsx';

/** The picker's choices, with names for screen readers. */
export const REACTION_CHOICES: ReadonlyArray<{ emoji: string; name: string }> = [
  { emoji: '👍', name: 'thumbs up' },
  { emoji: '❤️', name: 'heart' },
  { emoji: '😂', name: 'laughing' },
  { emoji: '😮', name: 'surprised' },
  { emoji: '😢', name: 'sad' },
  { emoji: '🙏', name: 'thank you' },
  { emoji: '✅', name: 'done' },
];

function nameOf(emoji: string): string {
  return REACTION_CHOICES.find((c) => c.emoji === emoji)?.name ?? emoji;
}

interface Props {
  conversationId: string;
  seq: number;
  reactions: readonly ReactionCount[];
  /** The signed-in user may react here (the assigned agent, supervisors, admins). */
  canReact: boolean;
}

/**
 * A message's reactions: one toggle button per emoji with its count (pressed when the agent's own is among
 * them; pressing adds or removes theirs), and an "Add reaction" picker. Shown at once; the SDK sends them.
 */
export function Reactions({ conversationId, seq, reactions, canReact }: Props) {
  const client = useParley();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  if (reactions.length === 0 && !canReact) {
    return null;
  }

  function react(emoji: string) {
    client.toggleReaction(conversationId, seq, emoji);
  }
  function close() {
    setOpen(false);
    toggle.current?.focus();
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="reactions">
      {reactions.length > 0 && (
        <ul className="reaction-list" aria-label="Reactions">
          {reactions.map((r) => (
            <li key={r.emoji}>
              <button
                type="button"
                className="reaction"
                aria-pressed={r.mine}
                aria-label={`${nameOf(r.emoji)}: ${r.count}${r.mine ? ', including yours' : ''}`}
                disabled={!canReact}
                onClick={() => react(r.emoji)}
              >
                <span aria-hidden="true">{r.emoji}</span> {r.count}
              </button>
            </li>
          ))}
        </ul>
      )}
      {canReact && (
        <>
          <button
            ref={toggle}
            type="button"
            className="link small"
            aria-expanded={open}
            aria-controls={open ? id : undefined}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Close reactions' : 'Add reaction'}
          </button>
          {open && (
            <div
              id={id}
              role="group"
              aria-label="Choose a reaction"
              className="reaction-picker"
              onKeyDown={onKeyDown}
            >
              {REACTION_CHOICES.map((choice, i) => (
                <button
                  key={choice.emoji}
                  type="button"
                  aria-label={`React with ${choice.name}`}
                  autoFocus={i === 0}
                  onClick={() => {
                    react(choice.emoji);
                    close();
                  }}
                >
                  {choice.emoji}
                </button>
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
