import { MAX_ATTACHMENTS, type Attachment, type FileView } from '@parley/client-sdk';
import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { pastedName, uploadErrorText } from '../lib/files.ts';
import { MAX_TEXT_LENGTH, messageProblem, textLength } from '../lib/text.ts';
import { CharacterCount } from './CharacterCount.tsx';

/** Uploads one file; reports progress as a fraction 0..1. */
export type UploadFn = (
  file: File,
  name: string,
  onProgress: (fraction: number) => void,
) => Promise<FileView>;

interface ComposerProps {
  /** Queues the message (the SDK sends it now or when the connection returns). */
  onSend: (text: string, attachments: Attachment[]) => void;
  autoFocus?: boolean;
  /** Files: none → no attach button. */
  onUpload?: UploadFn;
  /** The customer typed (non-empty) or cleared the box. */
  onTyping?: (typing: boolean) => void;
}

interface Upload {
  key: number;
  name: string;
  progress: number;
  file: FileView | null;
  error: string | null;
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line, at most 4000 characters. Files (attach button
 * or a pasted screenshot) upload at once with a progress bar; the message goes out with them once uploaded.
 */
export function Composer({ onSend, autoFocus, onUpload, onTyping }: ComposerProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  /** Send was pressed while files were still uploading: send as soon as they are all done. */
  const [sendWhenUploaded, setSendWhenUploaded] = useState(false);
  const nextKey = useRef(0);
  const picker = useRef<HTMLInputElement>(null);
  const tooLong = textLength(text) > MAX_TEXT_LENGTH;
  const ready = uploads.filter((u) => u.file !== null).map((u) => u.file!);
  const uploading = uploads.some((u) => u.file === null && u.error === null);

  const change = (key: number, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const upload = (files: File[], pasted: boolean) => {
    if (!onUpload) {
      return;
    }
    const room = MAX_ATTACHMENTS - uploads.filter((u) => u.error === null).length;
    if (files.length > room) {
      setProblem(`At most ${MAX_ATTACHMENTS} files per message.`);
    }
    for (const file of files.slice(0, Math.max(0, room))) {
      const key = nextKey.current++;
      const name = pasted ? pastedName(file) : file.name;
      setUploads((list) => [...list, { key, name, progress: 0, file: null, error: null }]);
      onUpload(file, name, (progress) => change(key, { progress })).then(
        (stored) => change(key, { file: stored, progress: 1 }),
        (error: unknown) => change(key, { error: uploadErrorText(name, error) }),
      );
    }
  };

  const send = () => {
    if (uploading) {
      setSendWhenUploaded(true);
      setProblem(null);
      return;
    }
    setSendWhenUploaded(false);
    const found = ready.length > 0 && text.trim() === '' ? null : messageProblem(text);
    if (found) {
      setProblem(found);
      return;
    }
    try {
      onSend(text, ready);
      setText('');
      setUploads([]);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  useEffect(() => {
    if (!sendWhenUploaded || uploading) {
      return;
    }
    if (uploads.some((u) => u.error !== null)) {
      // a file was refused: its reason is shown; the customer decides (remove it, or send without it)
      setSendWhenUploaded(false);
      return;
    }
    send();
    // send() reads the current text and uploads; it runs once when the last upload finished
  }, [sendWhenUploaded, uploading]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files];
    if (files.length > 0 && onUpload) {
      event.preventDefault();
      upload(files, true);
    }
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    upload([...(event.target.files ?? [])], false);
    event.target.value = '';
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
      {uploads.length > 0 && (
        <ul className="uploads" aria-label="Files to send">
          {uploads.map((u) => (
            <li key={u.key} className={u.error ? 'upload failed' : 'upload'}>
              <span className="upload-name">{u.name}</span>
              {u.error ? (
                <span role="alert" className="field-error">
                  {u.error}
                </span>
              ) : u.file ? (
                <span className="upload-done">Ready to send</span>
              ) : (
                <progress max={1} value={u.progress} aria-label={`Uploading ${u.name}`} />
              )}
              <button
                type="button"
                className="button small"
                aria-label={`Remove ${u.name}`}
                onClick={() => setUploads((list) => list.filter((x) => x.key !== u.key))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
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
            onTyping?.(event.target.value.trim() !== '');
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        {onUpload && (
          <>
            <input
              ref={picker}
              id="composer-file"
              type="file"
              multiple
              className="sr-only"
              tabIndex={-1}
              aria-hidden="true"
              aria-label="Attach a file"
              onChange={onPick}
            />
            <button type="button" className="button" onClick={() => picker.current?.click()}>
              Attach
              <span className="sr-only"> a file</span>
            </button>
          </>
        )}
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
      {sendWhenUploaded && (
        <p className="composer-help" role="status">
          Sending as soon as the files are uploaded…
        </p>
      )}
      {problem && (
        <p id="composer-problem" role="alert" className="field-error">
          {problem}
        </p>
      )}
    </form>
  );
}
