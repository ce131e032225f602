interface LeaveMessageNoticeProps {
  /** Nobody who could take the chat is online and its department invites a message. */
  offered: boolean;
  /** The email the customer gave at the start, if any. */
  email: string | null;
}

/**
 * A calm note while nobody is online: the chat stays in line, what they write is kept and answered later
 * (by email when they gave one), and the composer stays. The live region is always in the page, so the note
 * is read out when it appears.
 */
export function LeaveMessageNotice({ offered, email }: LeaveMessageNoticeProps) {
  return (
    <div className="leave-message" aria-live="polite">
      {offered && (
        <p className="notice">
          Nobody is online right now. Your message is saved, and we'll answer it{' '}
          {email ? `by email to ${email}` : 'here'} as soon as someone is back. You can keep writing in the
          meantime.
        </p>
      )}
    </div>
  );
}
