import { afterEach, describe, expect, it, vi } from 'vitest';
import { newUuid } from '../src/uuid.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUuid', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes version 4 UUIDs', () => {
    expect(newUuid()).toMatch(UUID_V4);
  });

  it('still makes distinct version 4 UUIDs where randomUUID is missing (an iframe on a plain-http page)', () => {
    vi.spyOn(crypto, 'randomUUID').mockImplementation(undefined as never);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 100 }, () => newUuid()));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(UUID_V4);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});
