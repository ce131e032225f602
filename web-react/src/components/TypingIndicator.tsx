import type { TypingPerson } from '@parley/client-sdk';

interface TypingIndicatorProps {
  typing: readonly TypingPerson[];
  /** Names of agents by id; the conversation's agent otherwise. */
  agentNames: ReadonlyMap<string, string>;
  agentName: string | null;
}

/** Who is typing, under the messages. The live region stays in place and only changes when the line does. */
export function typingText(props: TypingIndicatorProps): string {
  const names = props.typing.map((t) => props.agentNames.get(t.userId) ?? props.agentName ?? 'The agent');
  const unique = [...new Set(names)];
  if (unique.length === 0) {
    return '';
  }
  return unique.length === 1 ? `${unique[0]} is typing…` : `${unique.join(' and ')} are typing…`;
}

export function TypingIndicator(props: TypingIndicatorProps) {
  return (
    <p className="typing-indicator" aria-live="polite" aria-atomic="true">
      {typingText(props)}
    </p>
  );
}
