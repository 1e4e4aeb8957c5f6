import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets exact', () => {
    const text = '  Troops arrived. They left!  Why? ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Troops arrived.', 'They left!', 'Why?']);
    expect(spans[0]).toEqual({ start: 2, end: 17 });
  });

  it('does not split after titles, months, initials and dotted acronyms', () => {
    expect(sentences('Mr. Kim met Dr. Lee and Gen. Park on Jan. 24 in Seoul. It rained.')).toEqual([
      'Mr. Kim met Dr. Lee and Gen. Park on Jan. 24 in Seoul.',
      'It rained.',
    ]);
    expect(sentences('The U.S. State Department and the U.N. Security Council objected. J. R. Smith agreed.')).toEqual([
      'The U.S. State Department and the U.N. Security Council objected.',
      'J. R. Smith agreed.',
    ]);
    expect(sentences('It defies U.N. sanctions. Moscow, Washington D.C. and Kyiv reacted.')).toEqual([
      'It defies U.N. sanctions.',
      'Moscow, Washington D.C. and Kyiv reacted.',
    ]);
  });

  it('splits after a dotted acronym when a sentence opener follows', () => {
    expect(sentences('The pressure came from the U.S. The talks failed.')).toEqual([
      'The pressure came from the U.S.',
      'The talks failed.',
    ]);
  });

  it('keeps decimals, URLs and numbered amounts whole', () => {
    expect(sentences('Growth was 3.5 percent, see pic.twitter.com/abc. Prices rose 1.2%.')).toEqual([
      'Growth was 3.5 percent, see pic.twitter.com/abc.',
      'Prices rose 1.2%.',
    ]);
  });

  it('handles quotes after the period and speech tags', () => {
    expect(sentences('“They wrote letters,” KCNA said. “We will win.” Then he left.')).toEqual([
      '“They wrote letters,” KCNA said.',
      '“We will win.”',
      'Then he left.',
    ]);
    expect(sentences('He called it “fraternal aid.” he said. She said "no." Nobody moved.')).toEqual([
      'He called it “fraternal aid.” he said.',
      'She said "no."',
      'Nobody moved.',
    ]);
  });

  it('treats ellipses like other terminators', () => {
    expect(sentences('He paused... and went on. Then silence… The end.')).toEqual([
      'He paused... and went on.',
      'Then silence…',
      'The end.',
    ]);
  });

  it('always splits at paragraph breaks and at headline lines', () => {
    expect(sentences('A headline without a period\nThe body starts here, in Kyiv.\n\nanother paragraph')).toEqual([
      'A headline without a period',
      'The body starts here, in Kyiv.',
      'another paragraph',
    ]);
  });

  it('joins a line continued in lowercase', () => {
    expect(sentences('Troops were sent to the Kursk\nregion last year. Then more came.')).toEqual([
      'Troops were sent to the Kursk\nregion last year.',
      'Then more came.',
    ]);
  });

  it('makes each bulleted line a sentence without its marker', () => {
    const text = 'Key Takeaways\n- North Korea is deploying troops\n  • U.S. intelligence agrees\n  1. How should we respond?\n* Last item';
    expect(sentences(text)).toEqual([
      'Key Takeaways',
      'North Korea is deploying troops',
      'U.S. intelligence agrees',
      'How should we respond?',
      'Last item',
    ]);
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const text = [
      'North Korean troops were deployed to the Kursk region of Russia, where',
      'they cleared mines for four months before returning to Pyongyang for a',
      'ceremony. Kim Jong Un met them.',
    ].join('\n');
    expect(sentences(text)).toEqual([
      'North Korean troops were deployed to the Kursk region of Russia, where\nthey cleared mines for four months before returning to Pyongyang for a\nceremony.',
      'Kim Jong Un met them.',
    ]);
  });

  it('handles CRLF-free empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });

  it('covers every non-space character of the input exactly once, in order', () => {
    const text = 'Mr. Kim said: “Go.” The U.S. agreed... Then?\n\n- one\n- two. three\nFour 3.5 times!';
    const spans = splitSentences(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    const covered = spans.map((s) => text.slice(s.start, s.end)).join('');
    const stripMarkers = text.replace(/^- /gm, '');
    expect(covered.replace(/\s/g, '')).toBe(stripMarkers.replace(/\s/g, ''));
  });
});

describe('splitSentences invariants on generated text', () => {
  // A small deterministic PRNG so failures reproduce.
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  }
  const pieces = ['Kyiv', 'the', 'U.S.', 'Mr.', 'Dr.', '3.5', '...', '…', '.', '!', '?', '“', '”', '"', '\n', '\n\n', ' ', '  ', '- ', '1. ', 'Jan.', 'e.g.', '🇰🇵', 'x', 'Z.', ',', '\t'];

  it('returns ordered, trimmed, non-empty spans inside the text', () => {
    const next = rng(42);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 5 + Math.floor(next() * 60) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? ' ' : '');
      const spans = splitSentences(text);
      let last = 0;
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(last);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(text.length);
        const sentence = text.slice(span.start, span.end);
        expect(sentence).toBe(sentence.trim());
        last = span.end;
      }
      // Every letter or digit of the text is inside some sentence, except list markers ("1. ") opening a line.
      const markers = new Set<number>();
      for (const m of text.matchAll(/^[ \t]*(\d{1,3}|[a-z])[.)][ \t]/gm)) {
        for (let k = m.index; k < m.index + m[0].length; k++) markers.add(k);
      }
      for (let i = 0; i < text.length; i++) {
        if (/[\p{L}\p{N}]/u.test(text[i]) && !markers.has(i)) expect(spans.some((s) => s.start <= i && i < s.end), `${JSON.stringify(text)} @${i}`).toBe(true);
      }
    }
  });
});
