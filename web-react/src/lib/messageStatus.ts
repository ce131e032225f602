import type { ConnectionStatus, DisplayMessage } from '@parley/client-sdk';

export type MessageStatusKind = 'sending' | 'waiting' | 'sent' | 'failed';

/**
 * The status line of one of the customer's own messages: pending while the server has not acked it (and
 * "waiting for connection" while there is no live socket to send it on), sent once acked or seen as an event.
 */
export function ownMessageStatus(
  message: Pick<DisplayMessage, 'status'>,
  connection: ConnectionStatus,
): { kind: MessageStatusKind; label: string } {
  switch (message.status) {
    case 'pending':
      return connection === 'live'
        ? { kind: 'sending', label: 'Sending…' }
        : { kind: 'waiting', label: 'Waiting for connection' };
    case 'failed':
      return { kind: 'failed', label: 'Not sent' };
    case 'sent':
    case 'confirmed':
      return { kind: 'sent', label: 'Sent' };
  }
}
