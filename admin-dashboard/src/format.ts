/** Display helpers. */

export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "3 min", "1 h 5 min": how long since `iso` at `now`. */
export function waitedFor(iso: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) {
    return 'under 1 min';
  }
  if (minutes < 60) {
    return `${minutes} min`;
  }
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'status' in error && 'detail' in error) {
    const { status, detail } = error as { status: number; detail: string };
    if (status === 0) {
      return 'The server cannot be reached. Check your connection and try again.';
    }
    return detail;
  }
  return error instanceof Error ? error.message : String(error);
}
