import type { FileVariant } from '@parley/client-sdk';
import { useQuery } from '@tanstack/react-query';
import { useParley } from '../parley.tsx';

/**
 * A signed link to a file's bytes (POST /api/v1/files/{id}/links). Links live about five minutes; the SDK
 * reuses one until shortly before it expires, and this refreshes it well before, so a shown link still works.
 */
export function useFileLink(fileId: string, variant: FileVariant, enabled = true) {
  const client = useParley();
  return useQuery({
    queryKey: ['files', fileId, 'link', variant],
    queryFn: () => client.fileLink(fileId, variant),
    enabled,
    staleTime: 60_000,
    refetchInterval: 120_000,
    refetchIntervalInBackground: true,
  });
}
