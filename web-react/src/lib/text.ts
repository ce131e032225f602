import { MAX_TEXT_LENGTH } from '@parley/client-sdk';

export { MAX_TEXT_LENGTH };

/** Characters as chat-service counts them: Unicode code points (an emoji is one, not two). */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) {
    count++;
  }
  return count;
}

/** Why a message cannot be sent, or null when it can. */
export function messageProblem(text: string): string | null {
  if (text.trim().length === 0) {
    return 'Write a message first.';
  }
  const length = textLength(text);
  if (length > MAX_TEXT_LENGTH) {
    return `Your message is ${length - MAX_TEXT_LENGTH} characters too long (at most ${MAX_TEXT_LENGTH}).`;
  }
  return null;
}
