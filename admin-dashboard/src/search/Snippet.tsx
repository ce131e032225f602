import { snippetSegments } from './snippet.ts';

/** A search snippet with its matches highlighted; every piece is rendered as text, never as HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetSegments(snippet).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
