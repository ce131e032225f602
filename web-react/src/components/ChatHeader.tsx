interface ChatHeaderProps {
  /** In the loader's iframe: a close button (the loader hides the panel). */
  onClose?: (() => void) | undefined;
}

export function ChatHeader({ onClose }: ChatHeaderProps) {
  return (
    <header className="chat-header">
      <h1>Chat with us</h1>
      {onClose && (
        <button type="button" className="icon-button" aria-label="Close chat" onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z" />
          </svg>
        </button>
      )}
    </header>
  );
}
