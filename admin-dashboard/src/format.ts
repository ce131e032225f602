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

/** "medium" for MEDIUM; "—" when none was chosen (it counts as medium). */
export function priorityLabel(priority: string | null | undefined): string {
  return priority ? priority.toLowerCase() : '—';
}

const LEVELS = ['low', 'medium', 'high', 'urgent'];

/** An effective priority level (0 = low … 3 = urgent; aging goes past urgent: "urgent +2"). */
export function levelLabel(level: number): string {
  if (level < 0) {
    return String(level);
  }
  return level < LEVELS.length ? LEVELS[level]! : `urgent +${level - (LEVELS.length - 1)}`;
}

/** "now", "45 s", "3 min", "1 h 5 min"; "unknown" for null (nobody who could take it is online). */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) {
    return 'unknown';
  }
  if (seconds <= 0) {
    return 'now';
  }
  if (seconds < 60) {
    return `${Math.round(seconds)} s`;
  }
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The routing reason codes (candidates, transfer and assign choices) in words. */
export function reasonText(reason: string | null | undefined): string {
  if (!reason) {
    return 'eligible';
  }
  if (reason.startsWith('MISSING_SKILL')) {
    const skill = reason.slice('MISSING_SKILL'.length).trim();
    return skill ? `lacks the skill “${skill}”` : 'lacks a skill';
  }
  const words: Record<string, string> = {
    OFFLINE: 'offline',
    AWAY: 'away',
    AT_CAPACITY: 'at capacity',
    NOT_IN_DEPARTMENT: 'not in the department',
    EXCLUDED: 'just gave it away',
    SELF: 'that is you',
  };
  return words[reason] ?? reason.toLowerCase().replace(/_/g, ' ');
}

/** A comma- or space-separated list typed by a person: trimmed, lower-cased, without empties or repeats. */
export function parseNameList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    ),
  ];
}

/** The instant a local calendar day (`YYYY-MM-DD` from a date input) starts; undefined for an empty field. */
export function dayStart(day: string): string | undefined {
  const date = day ? new Date(`${day}T00:00:00`) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** The instant after a local calendar day ends (so "to" includes the whole day); undefined for an empty field. */
export function dayEnd(day: string): string | undefined {
  const date = day ? new Date(`${day}T00:00:00`) : null;
  if (!date || Number.isNaN(date.getTime())) {
    return undefined;
  }
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}
