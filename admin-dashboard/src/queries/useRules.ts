import type { RuleSetDefinition, RuleSetVersion, RuleValidation } from '@parley/client-sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouting } from '../parley.tsx';
import { queueOverviewKey } from './useQueueOverview.ts';

/** Versioned routing rules (ADMIN writes, SUPERVISOR and ADMIN read): list, one version, the active one. */
export const rulesKey = ['queue', 'rules'] as const;
const listKey = [...rulesKey, 'list'] as const;
const activeKey = [...rulesKey, 'active'] as const;
const versionKey = (version: number) => [...rulesKey, 'version', version] as const;

export function useRuleVersions() {
  const routing = useRouting();
  return useQuery({ queryKey: listKey, queryFn: (): Promise<RuleSetVersion[]> => routing.listRules() });
}

export function useActiveRules() {
  const routing = useRouting();
  return useQuery({ queryKey: activeKey, queryFn: (): Promise<RuleSetVersion> => routing.activeRules() });
}

export function useRuleVersion(version: number | null) {
  const routing = useRouting();
  return useQuery({
    queryKey: versionKey(version ?? -1),
    queryFn: (): Promise<RuleSetVersion> => routing.rules(version!),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** POST /rules/validate: resolves with `{valid, errors}` (a 400 with errors is an answer, not a failure). */
export function useValidateRules() {
  const routing = useRouting();
  return useMutation({
    mutationFn: (definition: RuleSetDefinition): Promise<RuleValidation> => routing.validateRules(definition),
  });
}

/** POST /rules: a new DRAFT (400 carries `errors`). */
export function useSaveRules() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ definition, comment }: { definition: RuleSetDefinition; comment: string }) =>
      routing.saveRules(definition, comment),
    onSuccess: (saved) => {
      if (saved.definition) {
        queryClient.setQueryData(versionKey(saved.version), saved);
      }
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

/** POST /rules/{version}/activate: the previous ACTIVE becomes RETIRED; it applies to the line at once. */
export function useActivateRules() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => routing.activateRules(version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: rulesKey });
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
    },
  });
}
