import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../lib/text/frontMatter';

describe('parseFrontMatter', () => {
  it('returns the text unchanged when there is no front matter', () => {
    expect(parseFrontMatter('Title\nBody')).toEqual({ data: {}, body: 'Title\nBody', problems: [] });
  });

  it('reads title, source, url and publishedAt, quoted or not, and ignores other keys', () => {
    const text = '---\ntitle: "Troops: a report"\nsource: Example News\nurl: https://example.org/a?b=1\npublishedAt: 2025-06-18\ntags: x\n# comment\n---\nBody text.';
    const result = parseFrontMatter(text);
    expect(result.data).toEqual({
      title: 'Troops: a report',
      source: 'Example News',
      url: 'https://example.org/a?b=1',
      publishedAt: '2025-06-18',
    });
    expect(result.body).toBe('Body text.');
    expect(result.problems).toEqual([]);
  });

  it('rejects a malformed block but keeps the body after it', () => {
    const result = parseFrontMatter('---\ntitle: ok\nthis is not yaml\n---\nThe body.');
    expect(result.data).toEqual({});
    expect(result.body).toBe('The body.');
    expect(result.problems[0]).toMatch(/line 3 is not "key: value"/);
  });

  it('reports an unclosed block and keeps the rest as body', () => {
    const result = parseFrontMatter('---\ntitle: x\nBody');
    expect(result.problems[0]).toMatch(/no closing "---"/);
    expect(result.body).toBe('title: x\nBody');
  });

  it('reports an unterminated quote', () => {
    expect(parseFrontMatter('---\ntitle: "open\n---\nB').problems[0]).toMatch(/unterminated/);
  });

  it('drops non-web URLs and non-dates with a problem each', () => {
    const result = parseFrontMatter("---\nurl: javascript:alert(1)\npublishedAt: 'last week'\n---\nB");
    expect(result.data).toEqual({});
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/not an http\(s\) URL/);
    expect(result.problems[1]).toMatch(/not a date/);
  });
});
