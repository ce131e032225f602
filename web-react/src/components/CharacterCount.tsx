import { MAX_TEXT_LENGTH, textLength } from '../lib/text.ts';

/** "12 / 4000 characters"; marked when over the limit. */
export function CharacterCount({ id, text }: { id: string; text: string }) {
  const length = textLength(text);
  const over = length > MAX_TEXT_LENGTH;
  return (
    <span id={id} className={over ? 'char-count over' : 'char-count'}>
      {length} / {MAX_TEXT_LENGTH} characters{over ? ' — too long' : ''}
    </span>
  );
}
