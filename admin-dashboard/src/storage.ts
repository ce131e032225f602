import { useEffect, useState } from 'react';

/** A string-keyed record kept in sessionStorage (the tab's life, like the tokens). */
export function loadRecord<V>(key: string, storage: Storage = sessionStorage): Record<string, V> {
  try {
    const raw = storage.getItem(key);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, V>)
      : {};
  } catch {
    return {};
  }
}

export function saveRecord<V>(
  key: string,
  record: Record<string, V>,
  storage: Storage = sessionStorage,
): void {
  try {
    if (Object.keys(record).length === 0) {
      storage.removeItem(key);
    } else {
      storage.setItem(key, JSON.stringify(record));
    }
  } catch {
    // Storage full or unavailable: the state still lives in memory.
  }
}

/** React state mirrored to sessionStorage under `key`, read once on mount (mount one per user). */
export function useStoredRecord<V>(
  key: string,
): [Record<string, V>, (change: (record: Record<string, V>) => Record<string, V>) => void] {
  const [record, setRecord] = useState(() => loadRecord<V>(key));
  useEffect(() => saveRecord(key, record), [key, record]);
  return [record, setRecord];
}
