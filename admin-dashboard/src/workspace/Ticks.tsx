import type { DisplayMessage } from '@parley/client-sdk';
import { formatClock } from '../format.ts';

/**
 * How far one of the agent's own messages got: sending, sent (stored), delivered to the customer, read by
 * them (from their RECEIPT events). The ticks are decoration; the word says it.
 */
export function Ticks({ message }: { message: DisplayMessage }) {
  if (message.status === 'failed') {
    return null;
  }
  if (message.status === 'pending') {
    return <span className="ticks muted"> · sending…</span>;
  }
  const [glyph, word, at] =
    message.receipt === 'read'
      ? ['✓✓', 'read', message.readAt]
      : message.receipt === 'delivered'
        ? ['✓✓', 'delivered', message.deliveredAt]
        : ['✓', 'sent', null];
  return (
    <span className={`ticks ticks-${word}`} title={at ? `${word} ${formatClock(at)}` : word}>
      {' '}
      · <span aria-hidden="true">{glyph}</span> {word}
    </span>
  );
}
