import { ruleErrorsOf, type RuleSetVersion, type RuleValidationError } from '@parley/client-sdk';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeError } from '../format.ts';
import { useSaveRules, useValidateRules } from '../queries/useRules.ts';
import { ActivateButton } from './ActivateButton.tsx';
import { parseDraft } from './ruleDraft.ts';
import { RuleErrors } from './RuleErrors.tsx';

type Outcome =
  | { kind: 'valid' }
  | { kind: 'errors'; title: string; errors: readonly RuleValidationError[] }
  | { kind: 'failed'; message: string }
  | { kind: 'saved'; version: RuleSetVersion };

interface Props {
  /** The editor's text (owned by the page so "Copy into the draft editor" can replace it). */
  text: string;
  onText: (text: string) => void;
}

/**
 * A new draft: the rule set as JSON text, "Validate" (POST /rules/validate; each {path, message} listed beside
 * the editor), and "Save draft" with a comment (POST /rules, validated again), after which it can be activated.
 */
export function DraftEditor({ text, onText }: Props) {
  const validate = useValidateRules();
  const save = useSaveRules();
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = validate.isPending || save.isPending;

  function parsed() {
    const draft = parseDraft(text);
    if (!draft.ok) {
      setOutcome({ kind: 'errors', title: 'The draft is not valid', errors: [draft.error] });
      return null;
    }
    return draft.definition;
  }

  function runValidate() {
    const definition = parsed();
    if (definition) {
      validate.mutate(definition, {
        onSuccess: (result) =>
          setOutcome(
            result.valid
              ? { kind: 'valid' }
              : { kind: 'errors', title: 'The draft is not valid', errors: result.errors },
          ),
        onError: (error) =>
          setOutcome({ kind: 'failed', message: `Could not validate: ${describeError(error)}` }),
      });
    }
  }

  function runSave(event: FormEvent) {
    event.preventDefault();
    const definition = parsed();
    if (definition) {
      save.mutate(
        { definition, comment },
        {
          onSuccess: (version) => {
            setComment('');
            setOutcome({ kind: 'saved', version });
          },
          onError: (error) => {
            const errors = ruleErrorsOf(error);
            setOutcome(
              errors.length > 0
                ? { kind: 'errors', title: 'Not saved', errors }
                : { kind: 'failed', message: `Could not save: ${describeError(error)}` },
            );
          },
        },
      );
    }
  }

  const invalid = outcome?.kind === 'errors';
  return (
    <form className="draft-editor" onSubmit={runSave} aria-labelledby="draft-heading">
      <h2 id="draft-heading">New draft</h2>
      <div className="editor-grid">
        <div className="editor-main">
          <label htmlFor="rules-json">Rule set (JSON)</label>
          <textarea
            id="rules-json"
            className="json-editor"
            rows={24}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              onText(e.target.value);
              setOutcome((current) => (current?.kind === 'saved' ? current : null));
            }}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'draft-problems' : undefined}
          />
          <div className="button-row">
            <button type="button" disabled={busy} onClick={runValidate}>
              {validate.isPending ? 'Validating…' : 'Validate'}
            </button>
          </div>
          <label htmlFor="rules-comment">Comment</label>
          <input
            id="rules-comment"
            value={comment}
            maxLength={500}
            onChange={(e) => setComment(e.target.value)}
            placeholder="What changes and why"
          />
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              {save.isPending ? 'Saving…' : 'Save draft'}
            </button>
          </div>
        </div>
        <div className="editor-side" aria-live="polite">
          {outcome?.kind === 'valid' && (
            <p role="status" className="ok">
              The draft is valid.
            </p>
          )}
          {outcome?.kind === 'errors' && (
            <RuleErrors id="draft-problems" title={outcome.title} errors={outcome.errors} />
          )}
          {outcome?.kind === 'failed' && (
            <p role="alert" className="error">
              {outcome.message}
            </p>
          )}
          {outcome?.kind === 'saved' && (
            <div role="status" className="saved">
              <p>
                Saved as{' '}
                <Link to={`/rules/${outcome.version.version}`}>version {outcome.version.version}</Link>{' '}
                (draft).
              </p>
              <ActivateButton version={outcome.version.version} />
            </div>
          )}
        </div>
      </div>
    </form>
  );
}
