import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../../lib/corpus/articleLayout';
import { splitByHighlights } from '../../lib/corpus/highlight';
import { pageOfExcerpts, placeMatchesFilter, rankPlaces } from '../../lib/corpus/queries';
import type { Excerpt, PlaceProperties } from '../../lib/types';

const excerpt = (articleId: string, sentenceIndex: number, highlights = 1): Excerpt => ({
  articleId,
  articleTitle: articleId.toUpperCase(),
  text: `Sentence ${sentenceIndex}`,
  highlights: Array.from({ length: highlights }, () => ({ start: 0, end: 8 })),
  sentenceIndex,
});

const place = (id: string, name: string, mentionCount: number, articleIds: string[]): PlaceProperties => ({
  id,
  name,
  kind: 'city',
  mentionCount,
  articleIds,
  lon: 0,
  lat: 0,
  bbox: [0, 0, 0, 0],
});

describe('pageOfExcerpts', () => {
  const all = [excerpt('a', 0), excerpt('a', 4), excerpt('b', 1), excerpt('c', 2), excerpt('c', 9)];

  it('pages in order and says where the next page is', () => {
    const first = pageOfExcerpts(all, { pageSize: 2 });
    expect(first.excerpts.map((e) => e.sentenceIndex)).toEqual([0, 4]);
    expect(first).toMatchObject({ page: 1, total: 5, nextPage: 2 });
    const last = pageOfExcerpts(all, { pageSize: 2, page: 3 });
    expect(last.excerpts.map((e) => e.sentenceIndex)).toEqual([9]);
    expect(last.nextPage).toBeNull();
  });

  it('narrows to one article and survives silly page numbers', () => {
    expect(pageOfExcerpts(all, { articleId: 'c' }).excerpts.map((e) => e.sentenceIndex)).toEqual([2, 9]);
    expect(pageOfExcerpts(all, { page: -3 }).page).toBe(1);
    expect(pageOfExcerpts(all, { page: 99, pageSize: 2 }).page).toBe(3);
    expect(pageOfExcerpts(all, { pageSize: 0 }).pageSize).toBe(1);
    expect(pageOfExcerpts([], {})).toMatchObject({ excerpts: [], total: 0, nextPage: null });
  });
});

describe('place ranking and filtering', () => {
  const places = [place('b', 'Beijing', 1, ['x']), place('k', 'Kursk', 9, ['x', 'y']), place('a', 'Ankara', 1, ['y'])];

  it('ranks by mentions then name, optionally within one article', () => {
    expect(rankPlaces(places).map((p) => p.id)).toEqual(['k', 'a', 'b']);
    expect(rankPlaces(places, 'y').map((p) => p.id)).toEqual(['k', 'a']);
  });

  it('matches names without case or accents, and kinds', () => {
    expect(placeMatchesFilter({ name: 'Kraków', kind: 'city' }, 'krakow')).toBe(true);
    expect(placeMatchesFilter({ name: 'Seoul', kind: 'city' }, 'city')).toBe(true);
    expect(placeMatchesFilter({ name: 'Seoul', kind: 'city' }, 'kyiv')).toBe(false);
    expect(placeMatchesFilter({ name: 'Seoul', kind: 'city' }, '  ')).toBe(true);
  });
});

describe('splitByHighlights', () => {
  it('cuts text into plain and marked pieces', () => {
    expect(splitByHighlights('In Kursk and Seoul.', [{ start: 3, end: 8 }, { start: 13, end: 18 }])).toEqual([
      { text: 'In ', highlighted: false },
      { text: 'Kursk', highlighted: true },
      { text: ' and ', highlighted: false },
      { text: 'Seoul', highlighted: true },
      { text: '.', highlighted: false },
    ]);
  });

  it('clips and merges bad spans without losing text', () => {
    const text = 'abcdef';
    const pieces = splitByHighlights(text, [{ start: 4, end: 99 }, { start: -2, end: 2 }, { start: 1, end: 3 }, { start: 5, end: 5 }]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['ab', 'c', 'ef']);
  });
});

describe('layoutArticle', () => {
  it('keeps every character, links mentions and starts paragraphs at line breaks', () => {
    const text = 'Kursk is cold. Seoul is far.\nMoscow waits.';
    const doc = {
      text,
      sentences: [
        { start: 0, end: 14 },
        { start: 15, end: 28 },
        { start: 29, end: 42 },
      ],
      mentions: [
        { start: 0, end: 5, placeId: 'kursk' },
        { start: 15, end: 20, placeId: 'seoul' },
        { start: 29, end: 35, placeId: 'moscow' },
      ],
    };
    const paragraphs = layoutArticle(doc);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].map((s) => s.index)).toEqual([0, 1]);
    expect(paragraphs[1][0].pieces[0]).toEqual({ text: 'Moscow', placeId: 'moscow' });
    const rebuilt = paragraphs.flat().map((s) => s.pieces.map((p) => p.text).join(''));
    expect(rebuilt).toEqual(['Kursk is cold.', 'Seoul is far.', 'Moscow waits.']);
  });
});
