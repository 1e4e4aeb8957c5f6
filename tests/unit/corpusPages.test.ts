// The dashboard's page data read from a generated corpus (lib/corpus/pages.ts): 60 articles all naming
// Strelsau, three also naming Borduria. A place page holds only the articles of its own excerpts, and the
// overview the first page of the article list, never the whole corpus.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_PAGE_SIZE } from '../../lib/corpus/pageData';
import { DEFAULT_PAGE_SIZE } from '../../lib/corpus/queries';
import { runIngest } from '../../lib/ingest/runIngest';
import { miniParserSetup } from '../fixtures/miniGazetteer';

const ARTICLE_COUNT = 60;
const BORDURIA_ARTICLES = ['n-010', 'n-020', 'n-030'];
/** Two dated articles: they open the list, the later first; the undated ones follow in corpus order. */
const DATES: Record<string, string> = { 'n-040': '2025-02-01', 'n-050': '2025-05-01' };

const work = mkdtempSync(path.join(tmpdir(), 'corpus-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Pages = typeof import('../../lib/corpus/pages');
let pages: Pages;

beforeAll(async () => {
  const articlesDir = path.join(work, 'articles');
  mkdirSync(articlesDir);
  for (let i = 0; i < ARTICLE_COUNT; i++) {
    const id = `n-${String(i).padStart(3, '0')}`;
    const front = DATES[id] ? `---\npublishedAt: ${DATES[id]}\n---\n` : '';
    const extra = BORDURIA_ARTICLES.includes(id) ? ' Talks also opened in Borduria.' : '';
    writeFileSync(path.join(articlesDir, `${id}.txt`), `${front}Report ${i}\n\nShelling went on in Strelsau on day ${i + 1}.${extra}`);
  }
  const generatedDir = path.join(work, 'generated');
  await runIngest({ articlesDir, generatedDir, loadParser: async () => miniParserSetup(), info: () => {}, warn: () => {} });
  process.env.GENERATED_DIR = generatedDir;
  pages = await import('../../lib/corpus/pages');
});

describe('placePage', () => {
  it('holds only the articles that name the place', () => {
    const data = pages.placePage('borduria');
    expect(data?.articles.map((a) => a.id)).toEqual(BORDURIA_ARTICLES);
    expect(data).toMatchObject({ total: 3, hasMore: false, place: { id: 'borduria', articleCount: 3 } });
  });

  it('of a place in every article holds its first page of excerpts and those articles only', () => {
    const data = pages.placePage('strelsau');
    expect(data?.excerpts).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(data?.articles).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(data?.articles.map((a) => a.id)).toEqual(data?.excerpts.map((e) => e.articleId));
    expect(data).toMatchObject({ total: ARTICLE_COUNT, hasMore: true, place: { articleCount: ARTICLE_COUNT } });
    expect(data?.chart.articleCount).toBe(ARTICLE_COUNT);
  });

  it('is null for a place not in the corpus', () => {
    expect(pages.placePage('atlantis')).toBeNull();
    expect(pages.placePage('../manifest')).toBeNull();
  });
});

describe('the overview and its article list', () => {
  it('carries the corpus in numbers and the first page of articles, most recent first', () => {
    const overview = pages.overviewData();
    expect(overview).toMatchObject({ articleCount: ARTICLE_COUNT, placeCount: 2 });
    expect(overview.places.map((p) => p.id)).toEqual(['strelsau', 'borduria']);
    expect(overview.articles.articles).toHaveLength(ARTICLES_PAGE_SIZE);
    expect(overview.articles).toMatchObject({ page: 1, total: ARTICLE_COUNT, nextPage: 2 });
    expect(overview.articles.articles.slice(0, 3).map((a) => a.id)).toEqual(['n-050', 'n-040', 'n-000']);
  });

  it('pages through every article once, and has nothing past the last page', () => {
    const numbers = pages.recentArticlePageNumbers();
    expect(numbers).toEqual([1, 2, 3]);
    const ids = numbers.flatMap((n) => pages.recentArticlesPage(n)?.articles.map((a) => a.id) ?? []);
    expect(new Set(ids).size).toBe(ARTICLE_COUNT);
    expect(pages.recentArticlesPage(3)?.nextPage).toBeNull();
    expect(pages.recentArticlesPage(4)).toBeNull();
  });
});
