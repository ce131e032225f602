import { describe, expect, it } from 'vitest';
import { decodeEntities, snippetSegments } from '../src/search/snippet.ts';

describe('snippetSegments', () => {
  it('splits the marked matches from the plain text', () => {
    expect(snippetSegments('my <mark>refund</mark> for the <mark>invoice</mark>')).toEqual([
      { text: 'my ', marked: false },
      { text: 'refund', marked: true },
      { text: ' for the ', marked: false },
      { text: 'invoice', marked: true },
    ]);
  });

  it('decodes the escaped text so it reads as written, markup included, without making it markup', () => {
    expect(snippetSegments('&lt;b&gt;<mark>5 &amp; 6</mark>&lt;/b&gt; &quot;ok&quot; &#39;x&#x27;')).toEqual([
      { text: '<b>', marked: false },
      { text: '5 & 6', marked: true },
      { text: '</b> "ok" \'x\'', marked: false },
    ]);
  });

  it('keeps an escaped mark tag written by a customer as text', () => {
    expect(snippetSegments('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a match</mark>', marked: false },
    ]);
  });

  it('marks the rest after an unclosed mark and ignores a stray closing one', () => {
    expect(snippetSegments('a</mark>b<mark>c')).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('leaves unknown or invalid references as they are', () => {
    expect(decodeEntities('&nbsp; &#0; &#x110000; &copy')).toBe('&nbsp; &#0; &#x110000; &copy');
  });
});
