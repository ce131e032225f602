import { MAX_ATTACHMENTS, MAX_TEXT_LENGTH } from '@parley/client-sdk';
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import { describeError } from '../format.ts';
import { useParley } from '../parley.tsx';
import { formatBytes } from './AttachmentView.tsx';
import { percent, readyFiles, room, uploading, type Upload } from './uploads.ts';

interface Props {
  conversationId: string;
  draft: string;
  onDraft: (text: string) => void;
}

/**
 * The reply box. Its text is the conversation's draft, owned by the workspace so switching keeps it. Typing
 * tells the customer (throttled by the SDK). Files picked or pasted upload at once with progress; the
 * server's reason shows for a refused one (too large, a type not allowed); uploaded ones go with the message.
 */
export function Composer({ conversationId, draft, onDraft }: Props) {
  const client = useParley();
  const [error, setError] = useState<string | null>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const picker = useRef<HTMLInputElement>(null);
  const id = `composer-${conversationId}`;
  const files = readyFiles(uploads);
  const busy = uploading(uploads);
  const canSend = !busy && (draft.trim() !== '' || files.length > 0);

  useEffect(() => {
    const pending = controllers.current;
    return () => {
      pending.forEach((c) => c.abort());
      client.stopTyping(conversationId);
    };
  }, [client, conversationId]);

  function change(key: string, update: Partial<Upload>) {
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...update } : u)));
  }

  function addFiles(list: readonly File[]) {
    const allowed = room(uploads, MAX_ATTACHMENTS);
    setError(list.length > allowed ? `At most ${MAX_ATTACHMENTS} files per message.` : null);
    for (const file of list.slice(0, allowed)) {
      const key = `${Date.now()}-${Math.random()}`;
      const controller = new AbortController();
      controllers.current.set(key, controller);
      setUploads((current) => [
        ...current,
        { key, name: file.name || 'pasted file', loaded: 0, total: file.size, file: null, error: null },
      ]);
      client
        .uploadFile(conversationId, file, {
          name: file.name || 'pasted file',
          signal: controller.signal,
          onProgress: (loaded, total) => change(key, { loaded, total }),
        })
        .then(
          (stored) => change(key, { file: stored, loaded: stored.size, total: stored.size }),
          (e: unknown) => {
            if (!controller.signal.aborted) {
              change(key, { error: describeError(e) });
            }
          },
        )
        .finally(() => controllers.current.delete(key));
    }
  }

  function remove(key: string) {
    controllers.current.get(key)?.abort();
    setUploads((current) => current.filter((u) => u.key !== key));
  }

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) {
      return;
    }
    try {
      client.send(conversationId, draft, files);
      onDraft('');
      setUploads([]);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  function onText(text: string) {
    onDraft(text);
    if (text.trim() === '') {
      client.stopTyping(conversationId);
    } else {
      client.typing(conversationId);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = [...event.clipboardData.files];
    if (pasted.length > 0) {
      event.preventDefault();
      addFiles(pasted);
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
        onChange={(e) => onText(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        aria-describedby={`${id}-hint`}
      />
      {uploads.length > 0 && (
        <ul className="uploads" aria-label="Files for this message">
          {uploads.map((u) => (
            <li key={u.key} className={u.error ? 'upload-failed' : undefined}>
              <span>{u.name}</span>{' '}
              {u.error ? (
                <span role="alert" className="error small">
                  Not uploaded: {u.error}
                </span>
              ) : u.file ? (
                <span className="muted small">{formatBytes(u.file.size)}, ready</span>
              ) : (
                <progress max={100} value={percent(u)} aria-label={`Uploading ${u.name}`}>
                  {percent(u)}%
                </progress>
              )}{' '}
              <button
                type="button"
                className="link small"
                aria-label={`Remove ${u.name}`}
                onClick={() => remove(u.key)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="composer-actions">
        <span className="file-pick">
          <label htmlFor={`${id}-files`}>Attach files</label>{' '}
          <input
            ref={picker}
            id={`${id}-files`}
            type="file"
            multiple
            disabled={room(uploads, MAX_ATTACHMENTS) === 0}
            onChange={(e) => {
              addFiles([...(e.target.files ?? [])]);
              if (picker.current) {
                picker.current.value = '';
              }
            }}
          />
        </span>
        <span id={`${id}-hint`} className="muted small">
          Enter sends, Shift+Enter starts a new line. Paste or attach up to {MAX_ATTACHMENTS} files.
        </span>
        <button type="submit" className="primary" disabled={!canSend}>
          {busy ? 'Uploading…' : 'Send'}
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
