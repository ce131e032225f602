import { useEffect, useRef, useState } from 'react';

interface EndedNoticeProps {
  onNewChat: () => void;
  /** Puts this conversation back in line; a rejection's message is shown. */
  onReopen?: () => Promise<void>;
  describeError?: (error: unknown) => string;
}

/** Shown under an ended chat: its history stays readable; reopening it or a new chat is one click away. */
export function EndedNotice({ onNewChat, onReopen, describeError }: EndedNoticeProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    // Focus was on the End chat controls, which are gone now.
    if (document.activeElement === document.body) {
      button.current?.focus();
    }
  }, []);
  const reopen = async () => {
    if (!onReopen) {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onReopen();
    } catch (error) {
      setFailure(describeError ? describeError(error) : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ended">
      <p>Thanks for chatting with us.</p>
      <div className="ended-actions">
        <button ref={button} type="button" className="button primary" onClick={onNewChat}>
          Start a new chat
        </button>
        {onReopen && (
          <button type="button" className="button" disabled={busy} onClick={() => void reopen()}>
            Reopen this chat
          </button>
        )}
      </div>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </div>
  );
}
