import type { ParleyApi } from './api.ts';
import { ApiError } from './errors.ts';

/** How a staff API reaches the gateway: the base URL, the SDK's tokens and (in tests) a fetch. */
export interface StaffHttpOptions {
  /** The gateway, as given to the ParleyClient (`''` for the page's own origin). */
  baseUrl: string;
  /** Where access tokens come from: the SDK's `client.api` (refreshes single-flight, rotates safely). */
  auth: Pick<ParleyApi, 'accessToken' | 'refresh'>;
  fetch?: typeof fetch;
}

export type StaffMethod = 'GET' | 'POST' | 'PUT';

/**
 * JSON over HTTP with tokens borrowed from `client.api`, by the same rules as ParleyApi: a bearer token, one
 * refresh and one retry on a 401 (unless someone refreshed meanwhile), problem+json errors as
 * {@link ApiError}s, network failures as {@link ApiError.network}. Shared by {@link RoutingApi} and
 * {@link StaffApi}.
 */
export class StaffHttp {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: StaffHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async request<T>(method: StaffMethod, path: string, body?: unknown): Promise<T> {
    const token = await this.options.auth.accessToken();
    let response = await this.send(method, path, body, token);
    if (response.status === 401) {
      // Someone may have refreshed meanwhile; otherwise refresh now (single-flight in ParleyApi).
      const current = await this.options.auth.accessToken();
      const retry = current !== token ? current : (await this.options.auth.refresh()).accessToken;
      response = await this.send(method, path, body, retry);
    }
    if (!response.ok) {
      throw await ApiError.fromResponse(response);
    }
    const text = response.status === 204 ? '' : await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async send(method: StaffMethod, path: string, body: unknown, token: string): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${token}`,
    };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    try {
      return await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw ApiError.network(cause);
    }
  }
}
