import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { describeError, formatTime } from '../format.ts';
import { useQueueAgents } from '../queries/useQueueAgents.ts';
import { useActiveRules, useRuleVersions } from '../queries/useRules.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { formatDefinition } from './ruleDraft.ts';
import { RulesReference } from './RulesReference.tsx';
import { RuleVersionView } from './RuleVersionView.tsx';
import { RuleVersions } from './RuleVersions.tsx';

/**
 * Admins: the versioned routing rules (/rules, /rules/:version). The versions, the one chosen in the URL, and
 * a draft editor pre-filled with the active definition, with a reference of the fields beside it.
 */
export function RulesPage() {
  const params = useParams();
  const selected =
    params.version !== undefined && /^\d+$/.test(params.version) ? Number(params.version) : null;
  const versions = useRuleVersions();
  const active = useActiveRules();
  const agents = useQueueAgents({ poll: false });
  const [draft, setDraft] = useState<string | null>(null);

  // The editor starts from the active definition, once it is known.
  useEffect(() => {
    if (draft === null && active.data) {
      setDraft(formatDefinition(active.data.definition));
    }
  }, [draft, active.data]);

  const nameOf = (userId: string) => agents.data?.find((a) => a.agentId === userId)?.displayName;

  return (
    <div className="admin rules-page">
      <h1>Routing rules</h1>
      {active.data && (
        <p className="small">
          Active: version {active.data.version}
          {active.data.version === 0 ? ' (built-in default)' : ''}
          {active.data.comment ? ` · “${active.data.comment}”` : ''}
          {active.data.activatedAt ? ` · since ${formatTime(active.data.activatedAt)}` : ''}
        </p>
      )}
      {active.isError && (
        <p role="alert" className="error">
          Could not load the active rules: {describeError(active.error)}
        </p>
      )}
      {versions.isError && (
        <p role="alert" className="error">
          Could not load the versions: {describeError(versions.error)}
        </p>
      )}
      {versions.isPending && <p className="muted">Loading…</p>}
      {versions.data && <RuleVersions versions={versions.data} selected={selected} nameOf={nameOf} />}
      {selected !== null && (
        <RuleVersionView version={selected} onEdit={(definition) => setDraft(formatDefinition(definition))} />
      )}
      <div className="rules-workbench">
        {draft === null ? (
          <p className="muted">Loading the active definition…</p>
        ) : (
          <DraftEditor text={draft} onText={setDraft} />
        )}
        <RulesReference />
      </div>
    </div>
  );
}
