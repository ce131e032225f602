import type { ConnectionStatus, DisplayMessage } from '@parley/client-sdk';

export type MessageStatusKind = 'sending' | 'waiting' | 'sent' | 'delivered' | 'read' | 'failed';

export interface MessageStatus {
  kind: MessageStatusKind;
  /** What a screen reader says (and the text shown without ticks). */
  label: string;
  /** ✓ sent, ✓✓ delivered or read; null while not sent. */
  ticks: string | null;
}

/**
 * The status of one of the customer's own messages: pending while the server has not acked it (and "waiting
 * for connection" while there is no live socket to send it on), sent once acked, then delivered and read as
 * the agent's receipts arrive.
 */
export function ownMessageStatus(
  message: Pick<DisplayMessage, 'status'> & Partial<Pick<DisplayMessage, 'receipt'>>,
  connection: ConnectionStatus,
): MessageStatus {
  switch (message.status) {
    case 'pending':
      return connection === 'live'
        ? { kind: 'sending', label: 'Sending…', ticks: null }
        : { kind: 'waiting', label: 'Waiting for connection', ticks: null };
    case 'failed':
      return { kind: 'failed', label: 'Not sent', ticks: null };
    case 'sent':
    case 'confirmed':
      if (message.receipt === 'read') {
        return { kind: 'read', label: 'Read', ticks: '✓✓' };
      }
      if (message.receipt === 'delivered') {
        return { kind: 'delivered', label: 'Delivered', ticks: '✓✓' };
      }
      return { kind: 'sent', label: 'Sent', ticks: '✓' };
  }
}
