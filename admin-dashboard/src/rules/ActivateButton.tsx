import { ruleErrorsOf } from '@parley/client-sdk';
import { useState } from 'react';
import { describeError } from '../format.ts';
import { useActivateRules } from '../queries/useRules.ts';
import { RuleErrors } from './RuleErrors.tsx';

/**
 * "Activate…" with a confirmation step (two buttons, as ending a conversation): the version applies to the
 * line at once and the previous active one is retired. The server validates again; its errors are listed.
 */
export function ActivateButton({ version }: { version: number }) {
  const activate = useActivateRules();
  const [confirming, setConfirming] = useState(false);
  const errors = ruleErrorsOf(activate.error);
  if (!confirming) {
    return (
      <button type="button" aria-label={`Activate version ${version}…`} onClick={() => setConfirming(true)}>
        Activate…
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`Confirm activating version ${version}`}>
      <span>Activate version {version}? It applies to the queue at once.</span>
      <button
        type="button"
        className="primary"
        autoFocus
        disabled={activate.isPending}
        onClick={() => activate.mutate(version, { onSuccess: () => setConfirming(false) })}
      >
        {activate.isPending ? 'Activating…' : 'Yes, activate'}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {activate.isError &&
        (errors.length > 0 ? (
          <RuleErrors errors={errors} title={`Version ${version} cannot be activated`} />
        ) : (
          <span role="alert" className="error">
            Could not activate: {describeError(activate.error)}
          </span>
        ))}
    </span>
  );
}
