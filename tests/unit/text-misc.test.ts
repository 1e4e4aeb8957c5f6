import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../lib/text/decode';
import { markdownToText } from '../../lib/text/markdown';
import { hasHtmlMarkup, stripHtml } from '../../lib/text/markup';
import { slugFromFileName, uniqueSlugs } from '../../lib/text/slug';

describe('slugs', () => {
  it('derives URL-safe slugs from file names', () => {
    expect(slugFromFileName('000_b95f338fa3d30124.txt')).toBe('000_b95f338fa3d30124');
    expect(slugFromFileName('Ünïcode Story (2).MD')).toBe('unicode-story-2');
    expect(slugFromFileName('€€€.txt')).toBe('article');
  });
  it('makes repeated slugs unique in corpus order', () => {
    expect(uniqueSlugs(['A.md', 'a.txt', 'a!.txt'])).toEqual(['a', 'a-2', 'a-3']);
  });
});

describe('decodeArticleBytes', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('decodes UTF-8, drops the BOM and normalises line ends', () => {
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Kyiv\r\nMoscow\rSeoul')]))).toEqual({ ok: true, text: 'Kyiv\nMoscow\nSeoul' });
  });
  it('refuses NUL bytes and invalid UTF-8', () => {
    expect(decodeArticleBytes(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
    const latin1 = decodeArticleBytes(new Uint8Array([0x4b, 0x69, 0xe9, 0x76]));
    expect(latin1.ok).toBe(false);
  });
});

describe('HTML markup', () => {
  it('detects known tags only', () => {
    expect(hasHtmlMarkup('<p>Hi</p>')).toBe(true);
    expect(hasHtmlMarkup('a <b>bold</b> move')).toBe(true);
    expect(hasHtmlMarkup('if a < b and c > d, <3')).toBe(false);
    expect(hasHtmlMarkup('x<y and z>w')).toBe(false);
  });
  it('strips tags, hidden content and entities into readable lines', () => {
    const html = '<html><head><title>T</title></head><body><h1>Kursk &amp; Kyiv</h1><script>alert("x")</script><p>Troops <b>left</b>&nbsp;Seoul.</p><p>More&#8230;</p></body></html>';
    expect(stripHtml(html)).toBe('Kursk & Kyiv\n\nTroops left Seoul.\n\nMore…');
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the Markdown syntax', () => {
    const md = [
      '# Troops in *Kursk* #',
      '',
      '> Officials in **Seoul** said [Kyiv](https://example.org/kyiv "x") and ![map of Moscow](m.png) agreed.',
      '',
      '---',
      '- a `code` item with snake_case_name and 2*3*4',
      '* another __bold__ item',
      '',
      '[ref]: https://example.org',
      'See [the report][ref].',
    ].join('\n');
    expect(markdownToText(md)).toBe([
      'Troops in Kursk',
      '',
      'Officials in Seoul said Kyiv and map of Moscow agreed.',
      '',
      '',
      '- a code item with snake_case_name and 2*3*4',
      '* another bold item',
      '',
      'See the report.',
    ].join('\n'));
  });
});
