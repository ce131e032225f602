import { describe, expect, it } from 'vitest';
import { ownMessageStatus } from './messageStatus.ts';

describe('ownMessageStatus', () => {
  it('says sending while live and waiting for connection while not', () => {
    expect(ownMessageStatus({ status: 'pending' }, 'live').label).toBe('Sending…');
    expect(ownMessageStatus({ status: 'pending' }, 'offline').label).toBe('Waiting for connection');
    expect(ownMessageStatus({ status: 'pending' }, 'connecting').kind).toBe('waiting');
  });

  it('says sent once acked or confirmed by the timeline', () => {
    expect(ownMessageStatus({ status: 'sent' }, 'live').label).toBe('Sent');
    expect(ownMessageStatus({ status: 'confirmed' }, 'offline').label).toBe('Sent');
  });

  it('says not sent when the server refused it', () => {
    expect(ownMessageStatus({ status: 'failed' }, 'live')).toEqual({
      kind: 'failed',
      label: 'Not sent',
      ticks: null,
    });
  });

  it('shows one tick when sent, two when delivered, two (coloured by kind) when read', () => {
    expect(ownMessageStatus({ status: 'sent' }, 'live')).toMatchObject({ ticks: '✓', label: 'Sent' });
    expect(ownMessageStatus({ status: 'confirmed', receipt: 'delivered' }, 'live')).toEqual({
      kind: 'delivered',
      label: 'Delivered',
      ticks: '✓✓',
    });
    expect(ownMessageStatus({ status: 'confirmed', receipt: 'read' }, 'offline')).toEqual({
      kind: 'read',
      label: 'Read',
      ticks: '✓✓',
    });
  });
});
