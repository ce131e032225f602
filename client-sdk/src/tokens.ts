import type { Role, TokenResponse } from './contract.ts';

/** The tokens of the signed-in user. `expiresAt` is epoch milliseconds of the access token's expiry. */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  userId: string;
  roles: Role[];
}

/**
 * Where the tokens are kept: memory (tests, servers), localStorage (the widget), secure storage (mobile).
 * `get` may be async so that a native store fits; `set(null)` forgets the session.
 */
export interface TokenStore {
  get(): Tokens | null | Promise<Tokens | null>;
  set(tokens: Tokens | null): void | Promise<void>;
  /**
   * A store shared by several clients at once (browser tabs on one localStorage) runs every refresh inside
   * this lock, so that two of them never rotate the same refresh token (a reuse revokes the whole session).
   */
  exclusive?<T>(task: () => Promise<T>): Promise<T>;
}

export function tokensFrom(response: TokenResponse, now: number): Tokens {
  return {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    expiresAt: now + response.expiresIn * 1000,
    userId: response.userId,
    roles: response.roles,
  };
}

export class MemoryTokenStore implements TokenStore {
  constructor(private tokens: Tokens | null = null) {}

  get(): Tokens | null {
    return this.tokens;
  }

  set(tokens: Tokens | null): void {
    this.tokens = tokens;
  }
}

/** The part of the Web Storage API the SDK uses (window.localStorage fits). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Keeps the tokens as JSON under one key of a Web Storage (e.g. `localStorage`). Tabs share it, so refreshes
 * are serialized across tabs with the Web Locks API where the browser has it.
 */
export class WebStorageTokenStore implements TokenStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key = 'parley.tokens',
  ) {}

  get(): Tokens | null {
    const raw = this.storage.getItem(this.key);
    if (raw === null) {
      return null;
    }
    try {
      return JSON.parse(raw) as Tokens;
    } catch {
      return null;
    }
  }

  set(tokens: Tokens | null): void {
    if (tokens === null) {
      this.storage.removeItem(this.key);
    } else {
      this.storage.setItem(this.key, JSON.stringify(tokens));
    }
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
    // request() resolves to what the task's promise resolves to (the DOM typings nest the promise).
    return locks ? (locks.request(`${this.key}.refresh`, task) as unknown as Promise<T>) : task();
  }
}
