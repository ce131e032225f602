import type { Availability } from '@parley/client-sdk';
import { useRef, useState, type FormEvent } from 'react';
import { availabilityText } from '../lib/availability.ts';
import type { Topic } from '../embed/protocol.ts';
import { EMPTY_PRE_CHAT, validatePreChat, type PreChatErrors, type PreChatValues } from '../lib/preChat.ts';
import { CharacterCount } from './CharacterCount.tsx';
import { TextField } from './TextField.tsx';
import { TopicField } from './TopicField.tsx';
import { UrgencyField } from './UrgencyField.tsx';

interface PreChatFormProps {
  /** A returning guest keeps their identity: no name and email to ask for. */
  signedIn: boolean;
  /** The widget's "What is it about?" choices; none: no topic field. */
  topics: readonly Topic[];
  /** Starts the chat; a rejection's message is shown and the form stays. */
  onStart: (values: PreChatValues) => Promise<void>;
  /** Turns a failure into a sentence for the customer. */
  describeError: (error: unknown) => string;
  /** Who is online for the widget's department (null: not known yet, or could not be asked). */
  availability?: Availability | null;
  /** Back to the customer's earlier chats (absent: there are none). */
  onShowList?: () => void;
}

const FIELD_ORDER: Array<keyof PreChatErrors> = ['name', 'email', 'message'];

/** Optional name and email, optional topic, the first message, optional urgency, Start. No registration. */
export function PreChatForm({
  signedIn,
  topics,
  onStart,
  describeError,
  availability = null,
  onShowList,
}: PreChatFormProps) {
  const [values, setValues] = useState<PreChatValues>(EMPTY_PRE_CHAT);
  const [errors, setErrors] = useState<PreChatErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    name: useRef<HTMLInputElement & HTMLTextAreaElement>(null),
    email: useRef<HTMLInputElement & HTMLTextAreaElement>(null),
    message: useRef<HTMLInputElement & HTMLTextAreaElement>(null),
  };

  const change = (field: keyof PreChatErrors) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) {
      setErrors((e) => ({ ...e, [field]: undefined }));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const found = validatePreChat(signedIn ? { ...values, name: '', email: '' } : values);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onStart(values);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <form className="prechat" noValidate aria-labelledby="prechat-title" onSubmit={(e) => void submit(e)}>
      <h2 id="prechat-title">Start a chat</h2>
      <p className="prechat-intro">
        Ask us anything. No account needed{signedIn ? '' : ': your name and email are optional'}.
      </p>
      <p className="availability" role="status">
        {availability ? availabilityText(availability) : ''}
      </p>
      {onShowList && (
        <button type="button" className="button small" onClick={onShowList}>
          Back to your chats
        </button>
      )}
      {!signedIn && (
        <>
          <TextField
            id="prechat-name"
            label="Name (optional)"
            autoComplete="name"
            value={values.name}
            onChange={change('name')}
            error={errors.name}
            inputRef={refs.name}
          />
          <TextField
            id="prechat-email"
            label="Email (optional)"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={change('email')}
            error={errors.email}
            hint="Only used to follow up on this chat."
            inputRef={refs.email}
          />
        </>
      )}
      <TopicField
        topics={topics}
        value={values.topic}
        onChange={(topic) => setValues((v) => ({ ...v, topic }))}
      />
      <TextField
        id="prechat-message"
        label="How can we help?"
        multiline
        required
        value={values.message}
        onChange={change('message')}
        error={errors.message}
        hint={<CharacterCount id="prechat-count" text={values.message} />}
        inputRef={refs.message}
      />
      <UrgencyField value={values.urgency} onChange={(urgency) => setValues((v) => ({ ...v, urgency }))} />
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Starting…' : 'Start chat'}
      </button>
    </form>
  );
}
