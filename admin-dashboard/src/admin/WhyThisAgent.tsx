import { useState } from 'react';
import { shortId } from '../format.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { AssignmentDecisions } from './AssignmentDecisions.tsx';

/** A button opening the assignment decisions of one conversation (SUPERVISOR, ADMIN). */
export function WhyThisAgent({ conversationId, subject }: { conversationId: string; subject?: string }) {
  const [open, setOpen] = useState(false);
  const about = subject ?? `conversation ${shortId(conversationId)}`;
  return (
    <>
      <button type="button" aria-label={`Why this agent? (${about})`} onClick={() => setOpen(true)}>
        Why this agent?
      </button>
      {open && (
        <Dialog title={`Why this agent? (${about})`} onClose={() => setOpen(false)} wide>
          <AssignmentDecisions conversationId={conversationId} />
        </Dialog>
      )}
    </>
  );
}
