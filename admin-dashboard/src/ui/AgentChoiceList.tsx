import { agentBlocker, type AgentPresence, type LiveQueueAgent } from '@parley/client-sdk';
import { reasonText } from '../format.ts';
import { STATUS_LABELS } from '../shell/StatusSelector.tsx';
import { presenceText } from './presence.ts';

export interface AgentChoice {
  agent: LiveQueueAgent;
  /** Why the agent cannot take it now (a server reason code, or SELF), null when they can. */
  blocker: string | null;
}

/**
 * Who could take a conversation of `department` needing `skills` (the server's checks, so choices that would
 * only earn a 409 are disabled with the reason): those who can first, most free slots first, then the others
 * by name.
 * `exclude` (the signed-in agent, the current agent) is listed as SELF.
 */
export function agentChoices(
  agents: readonly LiveQueueAgent[],
  conversation: { department: string | null; skills: readonly string[] },
  exclude: string | null,
): AgentChoice[] {
  return agents
    .map((agent) => ({
      agent,
      blocker: agent.agentId === exclude ? 'SELF' : agentBlocker(agent, conversation),
    }))
    .sort(
      (a, b) =>
        Number(a.blocker !== null) - Number(b.blocker !== null) ||
        (a.blocker === null ? spare(b.agent) - spare(a.agent) : 0) ||
        a.agent.displayName.localeCompare(b.agent.displayName),
    );
}

function spare(agent: LiveQueueAgent): number {
  return Math.max(0, agent.capacity - agent.active);
}

interface Props {
  /** Radio group name and id prefix. */
  name: string;
  choices: readonly AgentChoice[];
  value: string;
  onChange: (agentId: string) => void;
  /** How SELF reads here ("that is you", "has it now"). */
  selfReason?: string;
  /** Connection presence by agent id, shown beside the chosen status when known. */
  presence?: ReadonlyMap<string, AgentPresence>;
}

/** Radio buttons of agents with status, free slots, departments and skills; unavailable ones disabled with why. */
export function AgentChoiceList(props: Props) {
  const { name, choices, value, onChange, selfReason = 'that is you', presence } = props;
  return (
    <ul className="choice-list">
      {choices.map(({ agent, blocker }) => {
        const id = `${name}-${agent.agentId}`;
        const connection = presenceText(presence?.get(agent.agentId));
        return (
          <li key={agent.agentId} className={blocker ? 'unavailable' : undefined}>
            <input
              type="radio"
              id={id}
              name={name}
              value={agent.agentId}
              checked={value === agent.agentId}
              disabled={blocker !== null}
              aria-describedby={`${id}-facts`}
              onChange={() => onChange(agent.agentId)}
            />{' '}
            <label htmlFor={id}>{agent.displayName}</label>
            <span id={`${id}-facts`} className="muted small choice-facts">
              {STATUS_LABELS[agent.status]}
              {connection && <> · {connection}</>}
              {agent.status === 'ONLINE' && (
                <>
                  {' '}
                  · {spare(agent)} of {agent.capacity} free
                </>
              )}
              {agent.departments.length > 0 && <> · {agent.departments.join(', ')}</>}
              {(agent.skills ?? []).length > 0 && <> · skills: {agent.skills.join(', ')}</>}
              {blocker && (
                <strong className="reason">
                  {' '}
                  · cannot take it: {blocker === 'SELF' ? selfReason : reasonText(blocker)}
                </strong>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
