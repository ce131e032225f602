import { useEffect, useRef } from 'react';

/** Shown under an ended chat: its history stays readable, and a new chat is one click away. */
export function EndedNotice({ onNewChat }: { onNewChat: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus was on the End chat controls, which are gone now.
    if (document.activeElement === document.body) {
      button.current?.focus();
    }
  }, []);
  return (
    <div className="ended">
      <p>Thanks for chatting with us.</p>
      <button ref={button} type="button" className="button primary" onClick={onNewChat}>
        Start a new chat
      </button>
    </div>
  );
}
