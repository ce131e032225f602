import type { RuleSetDefinition } from '@parley/client-sdk';
import { describeError, formatTime } from '../format.ts';
import { useRuleVersion } from '../queries/useRules.ts';
import { ActivateButton } from './ActivateButton.tsx';
import { formatDefinition } from './ruleDraft.ts';

interface Props {
  version: number;
  /** Copies this version's definition into the draft editor. */
  onEdit: (definition: RuleSetDefinition) => void;
}

/** One stored version with its definition (GET /rules/{version}), to read, copy into a draft, or activate. */
export function RuleVersionView({ version, onEdit }: Props) {
  const rules = useRuleVersion(version);
  return (
    <section className="version-view" aria-labelledby="version-heading">
      <h2 id="version-heading">Version {version}</h2>
      {rules.isPending && <p className="muted">Loading…</p>}
      {rules.isError && (
        <p role="alert" className="error">
          Could not load version {version}: {describeError(rules.error)}
        </p>
      )}
      {rules.data && (
        <>
          <p className="small">
            {rules.data.status.toLowerCase()}
            {rules.data.comment ? ` · “${rules.data.comment}”` : ''} · created{' '}
            {formatTime(rules.data.createdAt)}
            {rules.data.activatedAt ? ` · activated ${formatTime(rules.data.activatedAt)}` : ''}
          </p>
          <pre className="definition" tabIndex={0} aria-label={`Definition of version ${version}`}>
            {formatDefinition(rules.data.definition)}
          </pre>
          <p className="button-row">
            <button type="button" onClick={() => onEdit(rules.data.definition ?? {})}>
              Copy into the draft editor
            </button>
            {rules.data.status !== 'ACTIVE' && <ActivateButton version={version} />}
          </p>
        </>
      )}
    </section>
  );
}
