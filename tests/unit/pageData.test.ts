// The cutting to size of the dashboard's pages (lib/corpus/pageData.ts): what a page carries is bounded by
// the page, not by the corpus. Each bound is checked at two corpus sizes, so removing it fails a test.
import { describe, expect, it } from 'vitest';
import {
  ARTICLES_PAGE_SIZE,
  CHART_ARTICLES,
  OVERVIEW_PLACES,
  articleSourcesOf,
  articlesByRecency,
  mentionChart,
  pageOfArticles,
  placePageData,
  topPlaces,
} from '../../lib/corpus/pageData';
import { DEFAULT_PAGE_SIZE } from '../../lib/corpus/queries';
import type { ArticleMeta, Excerpt, PlaceProperties } from '../../lib/types';

const article = (i: number, publishedAt?: string): ArticleMeta => ({
  id: `a-${i}`,
  title: `Article ${i}`,
  source: `Source ${i % 3}`,
  ...(publishedAt ? { publishedAt } : {}),
  fileName: `a-${i}.txt`,
  placeIds: ['p-0', `p-${i}`],
  mentionCount: 2,
  length: 100,
});

const place = (id: string, mentionCount: number, articleIds: string[]): PlaceProperties => ({
  id,
  name: id.toUpperCase(),
  kind: 'city',
  mentionCount,
  articleIds,
  lon: 0,
  lat: 0,
  bbox: [0, 0, 0, 0],
});

const excerpt = (articleId: string, sentenceIndex: number, highlights = 1): Excerpt => ({
  articleId,
  articleTitle: articleId.toUpperCase(),
  text: `Sentence ${sentenceIndex}`,
  highlights: Array.from({ length: highlights }, () => ({ start: 0, end: 8 })),
  sentenceIndex,
});

/** A corpus of `count` articles, every one naming the place `p-0` once. */
function corpus(count: number) {
  const articles = Array.from({ length: count }, (_, i) => article(i));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const everywhere = place(
    'p-0',
    count,
    articles.map((a) => a.id),
  );
  const excerpts = articles.map((a) => excerpt(a.id, 0));
  return { articles, lookup: (id: string) => byId.get(id), everywhere, excerpts };
}

describe('a place page', () => {
  it('carries its first page of excerpts and only the articles of those, whatever the corpus size', () => {
    const sizes = [200, 5_000].map((count) => {
      const { lookup, everywhere, excerpts } = corpus(count);
      const data = placePageData(everywhere, excerpts, lookup);
      expect(data.excerpts).toHaveLength(DEFAULT_PAGE_SIZE);
      expect(data.articles.map((a) => a.id)).toEqual(data.excerpts.map((e) => e.articleId));
      expect(data).toMatchObject({ total: count, hasMore: true });
      expect(data.place).toEqual({ id: 'p-0', name: 'P-0', kind: 'city', mentionCount: count, articleCount: count });
      expect(data.chart.rows.length).toBe(CHART_ARTICLES);
      expect(data.chart.articleCount).toBe(count);
      return JSON.stringify(data).length;
    });
    // 25 times the articles, (about) the same bytes: only digits of the counts differ.
    expect(Math.abs(sizes[1] - sizes[0])).toBeLessThan(20);
  });

  it('of a rarely named place holds just its own articles, with their sources', () => {
    const { lookup } = corpus(300);
    const rare = place('p-7', 3, ['a-7', 'a-9']);
    const data = placePageData(rare, [excerpt('a-7', 1), excerpt('a-7', 4, 2), excerpt('a-9', 0)], lookup);
    expect(data.articles).toEqual([
      { id: 'a-7', title: 'Article 7', source: 'Source 1' },
      { id: 'a-9', title: 'Article 9', source: 'Source 0' },
    ]);
    expect(data).toMatchObject({ total: 3, hasMore: false });
    expect(data.chart).toEqual({
      rows: [
        { articleId: 'a-7', title: 'A-7', count: 3 },
        { articleId: 'a-9', title: 'A-9', count: 1 },
      ],
      articleCount: 2,
    });
  });
});

describe('articleSourcesOf', () => {
  it('names each article of the excerpts once, in order, and leaves out unknown ids', () => {
    const { lookup } = corpus(10);
    const sources = articleSourcesOf([excerpt('a-3', 0), excerpt('a-1', 0), excerpt('a-3', 5), excerpt('gone', 0)], lookup);
    expect(sources.map((s) => s.id)).toEqual(['a-3', 'a-1']);
  });
});

describe('mentionChart', () => {
  it('keeps the articles that mention the place most, in corpus order, ties to the earlier one', () => {
    const excerpts = [excerpt('a', 0), excerpt('b', 0, 3), excerpt('c', 0), excerpt('d', 0, 2), excerpt('d', 5)];
    const chart = mentionChart(excerpts, 2);
    expect(chart.rows.map((r) => [r.articleId, r.count])).toEqual([
      ['b', 3],
      ['d', 3],
    ]);
    expect(chart.articleCount).toBe(4);
    expect(mentionChart(excerpts, 1).rows.map((r) => r.articleId)).toEqual(['b']);
    expect(mentionChart(excerpts.slice(0, 3), 2).rows.map((r) => r.articleId)).toEqual(['a', 'b']);
  });
});

describe('the overview', () => {
  it('lists the most mentioned places only, without their article ids', () => {
    for (const count of [OVERVIEW_PLACES + 5, 4_000]) {
      const places = Array.from({ length: count }, (_, i) => place(`p-${i}`, i % 97, [`a-${i}`]));
      const top = topPlaces(places);
      expect(top).toHaveLength(OVERVIEW_PLACES);
      expect(top[0].mentionCount).toBe(Math.min(count - 1, 96));
      expect(Object.keys(top[0]).sort()).toEqual(['id', 'kind', 'mentionCount', 'name']);
      expect(top.every((p, i) => i === 0 || top[i - 1].mentionCount >= p.mentionCount)).toBe(true);
    }
    expect(topPlaces([place('b', 1, []), place('a', 1, [])])).toHaveLength(2);
  });

  it('orders articles most recent first, undated ones last, ties in corpus order', () => {
    const sorted = articlesByRecency([article(0), article(1, '2025-01-02'), article(2, '2025-03-01'), article(3), article(4, '2025-01-02')]);
    expect(sorted.map((a) => a.id)).toEqual(['a-2', 'a-1', 'a-4', 'a-0', 'a-3']);
  });

  it('pages the article list: a page at a time, the last one short, nothing past it', () => {
    for (const count of [ARTICLES_PAGE_SIZE * 2 + 5, 10_000]) {
      const articles = Array.from({ length: count }, (_, i) => article(i));
      const first = pageOfArticles(articles, 1);
      expect(first?.articles).toHaveLength(ARTICLES_PAGE_SIZE);
      expect(first).toMatchObject({ page: 1, total: count, nextPage: 2 });
      const lastNumber = Math.ceil(count / ARTICLES_PAGE_SIZE);
      const last = pageOfArticles(articles, lastNumber);
      expect(last?.nextPage).toBeNull();
      expect(last?.articles.at(-1)?.id).toBe(`a-${count - 1}`);
      for (const missing of [0, -1, 1.5, lastNumber + 1]) expect(pageOfArticles(articles, missing), String(missing)).toBeNull();
    }
    expect(pageOfArticles([], 1)).toMatchObject({ articles: [], total: 0, nextPage: null });
    expect(pageOfArticles([article(5, '2025-06-18')], 1)?.articles[0]).toEqual({
      id: 'a-5',
      title: 'Article 5',
      source: 'Source 2',
      publishedAt: '2025-06-18',
      placeCount: 2,
    });
  });
});
