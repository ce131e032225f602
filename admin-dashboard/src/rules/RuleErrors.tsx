import type { RuleValidationError } from '@parley/client-sdk';

/** Validation errors as a list of path and message, announced when they appear. */
export function RuleErrors({
  errors,
  title,
  id,
}: {
  errors: readonly RuleValidationError[];
  title: string;
  id?: string;
}) {
  return (
    <div role="alert" className="rule-errors" id={id}>
      <p className="error">
        {title}: {errors.length} {errors.length === 1 ? 'problem' : 'problems'}
      </p>
      <ul>
        {errors.map((e, index) => (
          <li key={`${e.path}-${index}`}>
            <code>{e.path || '(rule set)'}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
