/**
 * A search snippet from analytics-service: text the server HTML-escaped, with matches in `<mark>…</mark>`.
 * It is never handed to the DOM as HTML: the marks are split out here and every piece is decoded and
 * rendered as plain text, so even a snippet that broke the promise could not inject markup.
 */
export interface SnippetSegment {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes the server's HTML escaping (named, decimal and hex character references). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The snippet's pieces in order; an unclosed `<mark>` marks the rest, a stray `</mark>` is dropped. */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let marked = false;
  for (const part of snippet.split(/(<mark>|<\/mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    if (part === '') {
      continue;
    }
    const text = decodeEntities(part);
    const last = segments.at(-1);
    if (last && last.marked === marked) {
      last.text += text;
    } else {
      segments.push({ text, marked });
    }
  }
  return segments;
}
