// The API answers over a corpus where one place has hundreds of excerpts: every page of the path form
// (the files of the static export) chains to the next, together they hold every excerpt once, and the
// query form answers the same bytes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../lib/ingest/runIngest';
import type { PlaceExcerpts } from '../../lib/types';
import { miniParserSetup } from '../fixtures/miniGazetteer';

const work = mkdtempSync(path.join(tmpdir(), 'api-answers-'));
const generated = path.join(work, 'generated');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sentences = (count: number, text: (i: number) => string) => Array.from({ length: count }, (_, i) => text(i)).join(' ');
const ARTICLES: Record<string, string> = {
  'a-long-siege': `Siege diary\n\n${sentences(230, (i) => `Day ${i + 1}: shelling went on in Strelsau.`)}`,
  'b-talks': `Talks\n\n${sentences(120, (i) => `Round ${i + 1} of talks opened in Strelsau, the capital of Ruritania.`)}`,
  'c-elsewhere': `Elsewhere\n\nNothing happened in Borduria.`,
};

type Answers = typeof import('../../lib/corpus/answers');
let answers: Answers;
let all: PlaceExcerpts;

beforeAll(async () => {
  mkdirSync(path.join(work, 'articles'));
  for (const [id, text] of Object.entries(ARTICLES)) writeFileSync(path.join(work, 'articles', `${id}.txt`), text);
  await runIngest({ articlesDir: path.join(work, 'articles'), generatedDir: generated, loadParser: async () => miniParserSetup(), info: () => {}, warn: () => {} });
  process.env.GENERATED_DIR = generated;
  answers = await import('../../lib/corpus/answers');
  all = JSON.parse(readFileSync(path.join(generated, 'excerpts', 'strelsau.json'), 'utf8')) as PlaceExcerpts;
});

describe('place pages over hundreds of excerpts', () => {
  it('chain from page 1 to the last, holding every excerpt once in order', () => {
    expect(all.excerpts.length).toBe(350);
    const seen = [];
    let page: number | null = 1;
    while (page !== null) {
      const answer = answers.placePageAnswer('strelsau', page);
      expect(answer, `page ${page}`).not.toBeNull();
      expect(answer!.total).toBe(350);
      seen.push(...answer!.excerpts);
      page = answer!.nextPage;
    }
    expect(seen).toEqual(all.excerpts);
    expect(answers.placePageAnswer('strelsau', 7)?.nextPage).toBeNull();
  });

  it('have no page past the last, before the first, or for a place not in the corpus', () => {
    expect(answers.placePageAnswer('strelsau', 8)).toBeNull();
    expect(answers.placePageAnswer('strelsau', 0)).toBeNull();
    expect(answers.placePageAnswer('atlantis', 1)).toBeNull();
    // The query form clamps instead, as it always did.
    expect(answers.placeExcerptsAnswer('strelsau', { page: 99 })?.page).toBe(7);
  });

  it('narrow to one article, with pages of their own, and none for an article that does not name the place', () => {
    const talks = [1, 2, 3].map((p) => answers.placePageAnswer('strelsau', p, 'b-talks'));
    expect(talks.map((a) => a?.excerpts.length)).toEqual([50, 50, 20]);
    expect(talks.flatMap((a) => a!.excerpts).every((e) => e.articleId === 'b-talks')).toBe(true);
    expect(answers.placePageAnswer('strelsau', 4, 'b-talks')).toBeNull();
    expect(answers.placePageAnswer('strelsau', 1, 'c-elsewhere')).toBeNull();
  });

  it('are listed for the static export: every page of every place, and of every place in every article', () => {
    expect(answers.allPlacePages().filter((p) => p.placeId === 'strelsau').map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const perArticle = answers.allPlaceArticlePages().filter((p) => p.placeId === 'strelsau');
    expect(perArticle.map((p) => `${p.articleId} ${p.page}`)).toEqual(['a-long-siege 1', 'a-long-siege 2', 'a-long-siege 3', 'a-long-siege 4', 'a-long-siege 5', 'b-talks 1', 'b-talks 2', 'b-talks 3']);
    for (const { placeId, articleId, page } of answers.allPlaceArticlePages()) expect(answers.placePageAnswer(placeId, page, articleId), `${placeId} ${articleId} ${page}`).not.toBeNull();
  });
});

describe('the other answers', () => {
  it('keep excerpts out of /api/places', () => {
    const json = JSON.stringify(answers.placesAnswer());
    expect(json).not.toContain('shelling');
    expect(answers.placesAnswer().features.map((f) => f.id).sort()).toEqual(['borduria', 'ruritania', 'strelsau']);
  });

  it('answer an article with its places, and null for an unknown one', () => {
    expect(answers.articleAnswer('b-talks')?.places.map((p) => p.id).sort()).toEqual(['ruritania', 'strelsau']);
    expect(answers.articleAnswer('nope')).toBeNull();
    expect(answers.articlesAnswer().articles.map((a) => a.id)).toEqual(['a-long-siege', 'b-talks', 'c-elsewhere']);
  });
});
