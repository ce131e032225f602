import type { AgentPresence } from '@parley/client-sdk';

/**
 * "connected (2 devices)", "connected (1 device)", "not connected"; null while presence is unknown (not
 * loaded, or the agent is not listed).
 */
export function presenceText(presence: AgentPresence | undefined): string | null {
  if (!presence) {
    return null;
  }
  if (!presence.connected) {
    return 'not connected';
  }
  if (presence.devices <= 0) {
    return 'connected';
  }
  return `connected (${presence.devices} ${presence.devices === 1 ? 'device' : 'devices'})`;
}
