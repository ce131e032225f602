import { useEffect, useRef, useState } from 'react';

interface EndChatButtonProps {
  onEnd: () => Promise<void>;
  describeError: (error: unknown) => string;
}

/** "End chat", then a confirmation (Escape or "Keep chatting" cancels). */
export function EndChatButton({ onEnd, describeError }: EndChatButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) {
      keep.current?.focus();
    } else if (wasConfirming.current) {
      opener.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming]);

  const end = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onEnd();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <button ref={opener} type="button" className="button subtle" onClick={() => setConfirming(true)}>
        End chat
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="end-confirm-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setConfirming(false);
        }
      }}
    >
      <p id="end-confirm-title">End this chat?</p>
      <div className="confirm-actions">
        <button
          ref={keep}
          type="button"
          className="button"
          onClick={() => setConfirming(false)}
          disabled={busy}
        >
          Keep chatting
        </button>
        <button type="button" className="button danger" onClick={() => void end()} disabled={busy}>
          {busy ? 'Ending…' : 'End chat'}
        </button>
      </div>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </div>
  );
}
