import type { LiveQueueAgent } from '@parley/client-sdk';
import { useState, type FormEvent } from 'react';
import { describeError } from '../format.ts';
import { useAssign } from '../queries/useQueueConversation.ts';
import { usePresence } from '../queries/usePresence.ts';
import { agentChoices, AgentChoiceList } from '../ui/AgentChoiceList.tsx';
import { Dialog } from '../ui/Dialog.tsx';

interface Props {
  conversationId: string;
  /** How the dialog names the conversation, e.g. "customer 1a2b3c4d". */
  subject: string;
  department: string | null;
  skills: readonly string[];
  /** The agent who has it now (an assigned conversation), listed but not selectable. */
  currentAgentId: string | null;
  agents: readonly LiveQueueAgent[];
  onClose: () => void;
}

/**
 * "Assign…" (SUPERVISOR, ADMIN): a waiting conversation to a chosen agent, or an assigned one moved to them
 * (POST …/assign). Agents who could not take it are disabled with why; the server's 409 reason is shown.
 */
export function AssignDialog(props: Props) {
  const { conversationId, subject, department, skills, currentAgentId, agents, onClose } = props;
  const assign = useAssign();
  const presence = usePresence().data;
  const [agentId, setAgentId] = useState('');
  const choices = agentChoices(agents, { department, skills }, currentAgentId);
  const ready = choices.some((c) => c.agent.agentId === agentId && c.blocker === null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ready) {
      assign.mutate({ conversationId, agentId }, { onSuccess: onClose });
    }
  }

  return (
    <Dialog title={`Assign ${subject}`} onClose={onClose} wide>
      <form onSubmit={submit}>
        <p className="muted small">
          Department {department ?? 'any'}
          {skills.length > 0 ? `; needs ${skills.join(', ')}` : ''}.
        </p>
        <fieldset>
          <legend>Agent</legend>
          {choices.length === 0 && <p className="muted">No agents.</p>}
          <AgentChoiceList
            name={`assign-${conversationId}`}
            choices={choices}
            value={agentId}
            onChange={setAgentId}
            selfReason="has it now"
            presence={presence}
          />
        </fieldset>
        {assign.isError && (
          <p role="alert" className="error">
            Could not assign: {describeError(assign.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready || assign.isPending}>
            {assign.isPending ? 'Assigning…' : 'Assign'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
