// A place with more excerpts than one page: the panel shows the first page (rendered on the server) and
// loads the next one through its path URL when the reader asks for more, on `next start` and on the
// static export alike.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceExcerptsAnswer } from '../lib/corpus/answers';
import { DEFAULT_PAGE_SIZE } from '../lib/corpus/queries';
import { placePagePath } from '../lib/url/apiPaths';
import { apiPlaces, baseURL, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageOf(placeId: string, page: number): Promise<PlaceExcerptsAnswer> {
  const response = await fetch(`${baseURL()}${placePagePath(placeId, page)}`);
  expect(response.status, placePagePath(placeId, page)).toBe(200);
  return (await response.json()) as PlaceExcerptsAnswer;
}

/** The most mentioned place whose excerpts fill more than one page (North Korea in the default corpus). */
async function placeWithTwoPages(): Promise<PlaceExcerptsAnswer> {
  const places = (await apiPlaces()).sort((a, b) => b.mentionCount - a.mentionCount);
  for (const place of places) {
    const first = await pageOf(place.id, 1);
    if (first.total > DEFAULT_PAGE_SIZE) return first;
  }
  throw new Error(`No place of the corpus has more than ${DEFAULT_PAGE_SIZE} excerpts`);
}

describe('paginated excerpts in the panel', () => {
  it('shows the first page, then loads the next from /api/places/{id}/pages/2.json on "More excerpts"', async () => {
    const first = await placeWithTwoPages();
    const second = await pageOf(first.place.id, 2);
    const expected = [...first.excerpts, ...second.excerpts].map((e) => `excerpt-${e.articleId}-${e.sentenceIndex}`);
    const { page, consoleErrors } = await openPage(browser, `/places/${first.place.id}`);
    const excerpts = page.locator('li.excerpt');
    await expect.poll(() => excerpts.count()).toBe(DEFAULT_PAGE_SIZE);
    expect(await page.getByRole('heading', { name: /^Excerpts/ }).textContent()).toBe(`Excerpts (${first.total})`);

    const pageRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith(`/api/places/${first.place.id}`)) pageRequests.push(new URL(request.url()).pathname);
    });
    const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === placePagePath(first.place.id, 2));
    await page.getByRole('button', { name: 'More excerpts' }).click();
    expect((await loaded).status()).toBe(200);
    await expect.poll(() => excerpts.count()).toBe(expected.length);
    // Every excerpt once, in the order of the two pages.
    expect(await excerpts.evaluateAll((items) => items.map((item) => item.id))).toEqual(expected);
    // Page 2 by its path (page 1 may be asked for again: SWR's infinite loader does not count the
    // server-rendered first page, its fallbackData, as cached).
    expect(pageRequests).toContain(placePagePath(first.place.id, 2));
    expect(pageRequests.every((p) => p === placePagePath(first.place.id, 1) || p === placePagePath(first.place.id, 2)), pageRequests.join(' ')).toBe(true);
    if (second.nextPage === null) expect(await page.getByRole('button', { name: 'More excerpts' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the same pages answer both URL forms: /api/places/{id} is page 1', async () => {
    const first = await placeWithTwoPages();
    const plain = (await (await fetch(`${baseURL()}/api/places/${first.place.id}`)).json()) as PlaceExcerptsAnswer;
    expect(plain).toEqual(first);
    expect(first).toMatchObject({ page: 1, pageSize: DEFAULT_PAGE_SIZE, nextPage: 2 });
    const missing = await fetch(`${baseURL()}${placePagePath(first.place.id, Math.ceil(first.total / DEFAULT_PAGE_SIZE) + 1)}`);
    expect(missing.status).toBe(404);
  });
});
