import type { ProblemDetail } from './contract.ts';

/**
 * A failed REST call: `status` is the HTTP status (0 when the server could not be reached), `problem` the
 * RFC 9457 body when the server sent one, `detail` the best human-readable reason.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly detail: string,
    readonly problem: ProblemDetail | null = null,
    /** Seconds from a `Retry-After` header (429, 503), else null. */
    readonly retryAfter: number | null = null,
  ) {
    super(status === 0 ? `network error: ${detail}` : `${status}: ${detail}`);
  }

  /** True when the request never got an HTTP answer (offline, DNS, connection refused). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Reads an error answer: problem+json (or any JSON with title/detail), else the status text. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const text = await response.text().catch(() => '');
    const problem = parseProblem(text);
    const detail =
      problem?.detail ?? problem?.title ?? (text.trim() || response.statusText || 'request failed');
    return new ApiError(
      response.status,
      detail,
      problem,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, cause instanceof Error ? cause.message : String(cause));
    return Object.assign(error, { cause });
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function parseProblem(text: string): ProblemDetail | null {
  if (!text) {
    return null;
  }
  try {
    const body: unknown = JSON.parse(text);
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as ProblemDetail) : null;
  } catch {
    return null;
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) {
    return null;
  }
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
