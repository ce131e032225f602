import type { Role } from '@parley/client-sdk';

/** Who may open the supervision page (GET /api/v1/queue answers 403 to everyone else). */
export function canSupervise(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((r) => r === 'SUPERVISOR' || r === 'ADMIN');
}

/** Who may use the agent workspace. */
export function isStaff(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((r) => r === 'AGENT' || r === 'SUPERVISOR' || r === 'ADMIN');
}

/** Who may edit routing rules and agents' departments and skills (the server answers 403 to everyone else). */
export function isAdmin(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).includes('ADMIN');
}
