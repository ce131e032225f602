import type { RuleSetDefinition, RuleValidationError } from '@parley/client-sdk';

/** Pure helpers of the rule set editor: the text an admin edits and what is wrong with it before the server. */

/** The definition as the editor shows it: two-space JSON. */
export function formatDefinition(definition: RuleSetDefinition | undefined): string {
  return JSON.stringify(definition ?? {}, null, 2);
}

export type ParsedDraft =
  { ok: true; definition: RuleSetDefinition } | { ok: false; error: RuleValidationError };

/**
 * The editor's text as a definition, or one error with path `(JSON)` saying where the text is not JSON, or
 * that it is not an object. Everything else (names, enums, numbers, unknown fields) the server validates.
 */
export function parseDraft(text: string): ParsedDraft {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { path: '(JSON)', message: jsonProblem(text, error) } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { path: '(JSON)', message: 'the rule set must be a JSON object { … }' } };
  }
  return { ok: true, definition: value };
}

/** "not valid JSON at line 3, column 5: …" when the engine tells the position. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) {
    return `not valid JSON: ${message}`;
  }
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message}`;
}
