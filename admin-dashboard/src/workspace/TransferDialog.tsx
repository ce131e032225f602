import { MAX_TRANSFER_NOTE_LENGTH, type ConversationView, type TransferTarget } from '@parley/client-sdk';
import { useState, type FormEvent } from 'react';
import { describeError } from '../format.ts';
import { useDepartments, useQueueAgents } from '../queries/useQueueAgents.ts';
import { useTransfer } from '../queries/useQueueConversation.ts';
import { usePresence } from '../queries/usePresence.ts';
import { agentChoices, AgentChoiceList } from '../ui/AgentChoiceList.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import type { Handover } from './handover.ts';

interface Props {
  view: ConversationView;
  selfId: string;
  onClose: () => void;
  onTransferred: (handover: Handover) => void;
}

/**
 * Transfer an assigned conversation to an agent (from GET /queue/agents: status and free slots; those who
 * cannot take it are disabled with the reason) or to a department, with an optional note only agents see.
 * The server decides: its 409/400 reason is shown as it is.
 */
export function TransferDialog({ view, selfId, onClose, onTransferred }: Props) {
  const agents = useQueueAgents();
  const presence = usePresence().data;
  const departments = useDepartments();
  const transfer = useTransfer();
  const [kind, setKind] = useState<'agent' | 'department'>('agent');
  const [agentId, setAgentId] = useState('');
  const [department, setDepartment] = useState('');
  const [note, setNote] = useState('');
  const choices = agentChoices(
    agents.data ?? [],
    { department: view.department, skills: view.skills ?? [] },
    selfId,
  );
  const chosenAgent = choices.find((c) => c.agent.agentId === agentId && c.blocker === null)?.agent;
  const ready = kind === 'agent' ? chosenAgent !== undefined : department !== '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) {
      return;
    }
    const target: TransferTarget =
      kind === 'agent' ? { toAgentId: agentId, note } : { toDepartment: department, note };
    transfer.mutate(
      { conversationId: view.id, target },
      {
        onSuccess: () =>
          onTransferred({
            conversationId: view.id,
            kind,
            to: kind === 'agent' ? (chosenAgent?.displayName ?? null) : department,
            byMe: true,
            seq: view.lastSeq,
          }),
      },
    );
  }

  return (
    <Dialog title="Transfer conversation" onClose={onClose} wide>
      <form className="transfer-form" onSubmit={submit}>
        <fieldset className="choice-row">
          <legend>Transfer to</legend>
          <label>
            <input
              type="radio"
              name="transfer-kind"
              value="agent"
              checked={kind === 'agent'}
              onChange={() => setKind('agent')}
            />{' '}
            An agent
          </label>
          <label>
            <input
              type="radio"
              name="transfer-kind"
              value="department"
              checked={kind === 'department'}
              onChange={() => setKind('department')}
            />{' '}
            A department
          </label>
        </fieldset>

        {kind === 'agent' ? (
          <fieldset>
            <legend>Agent</legend>
            {agents.isPending && <p className="muted">Loading agents…</p>}
            {agents.isError && (
              <p role="alert" className="error">
                Could not load the agents: {describeError(agents.error)}
              </p>
            )}
            {agents.isSuccess && choices.length === 0 && <p className="muted">No agents.</p>}
            <AgentChoiceList
              name="transfer-agent"
              choices={choices}
              value={agentId}
              onChange={setAgentId}
              presence={presence}
            />
          </fieldset>
        ) : (
          <div className="field">
            <label htmlFor="transfer-department">Department</label>
            <select
              id="transfer-department"
              value={department}
              onChange={(e) => setDepartment(e.target.value)}
              aria-describedby="transfer-department-hint"
            >
              <option value="">Choose a department</option>
              {(departments.data ?? []).map((d) => (
                <option key={d} value={d}>
                  {d}
                  {d === view.department ? ' (current)' : ''}
                </option>
              ))}
            </select>
            <span id="transfer-department-hint" className="muted small">
              It waits at the front of that department&apos;s line until the routing rules assign it.
            </span>
            {departments.isError && (
              <p role="alert" className="error">
                Could not load the departments: {describeError(departments.error)}
              </p>
            )}
          </div>
        )}

        <div className="field">
          <label htmlFor="transfer-note">Note for the next agent (optional)</label>
          <textarea
            id="transfer-note"
            rows={3}
            maxLength={MAX_TRANSFER_NOTE_LENGTH}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby="transfer-note-hint"
          />
          <span id="transfer-note-hint" className="muted small">
            Only agents see this note; the customer never does. {note.length} of {MAX_TRANSFER_NOTE_LENGTH}{' '}
            characters.
          </span>
        </div>

        {transfer.isError && (
          <p role="alert" className="error">
            Could not transfer: {describeError(transfer.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready || transfer.isPending}>
            {transfer.isPending ? 'Transferring…' : 'Transfer'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
