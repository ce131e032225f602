import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and the page number kept in the URL's query string, so a result page can be linked, reloaded and
 * left with Back. `apply` replaces the filters and starts again at page 0; empty values are left out.
 */
/** `keys` must be a constant (module-level) list. */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const applied = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>,
    [params, keys],
  );
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);

  const apply = useCallback(
    (values: Record<K, string>) => {
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(values) as Array<[K, string]>) {
        if (value.trim() !== '') {
          next.set(key, value.trim());
        }
      }
      setParams(next);
    },
    [setParams],
  );
  const setPage = useCallback(
    (n: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (n > 0) {
          next.set('page', String(n));
        } else {
          next.delete('page');
        }
        return next;
      }),
    [setParams],
  );
  return { applied, page, apply, setPage };
}
