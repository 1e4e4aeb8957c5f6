import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placePagePath } from '../lib/url/apiPaths';
import { parseMapHash } from '../lib/url/mapHash';
import { baseURL, launchBrowser, mapPixelOf, openPage, placeNamed, waitForMapHash, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const placesList = 'Places ranked by mentions';

describe('shareable URLs', () => {
  it('a URL copied after selecting and panning reopens the same place and view', async () => {
    const seoul = await placeNamed(/^Seoul$/);
    const { page } = await openPage(browser, '/');
    await waitForMapIdle(page);
    await page.getByRole('list', { name: placesList }).getByRole('link', { name: /^Seoul/ }).click();
    await page.waitForURL(`**/places/${seoul.id}**`);
    await waitForMapHash(page);
    await waitForMapIdle(page);
    const box = (await page.locator('.map-canvas canvas').first().boundingBox())!;
    const before = page.url();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 80, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.url(), { timeout: 10_000 }).not.toBe(before);
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const shared = page.url();
    const sharedView = parseMapHash(new URL(shared).hash)!;
    expect(sharedView).not.toBeNull();

    const reopened = await openPage(browser, shared.replace(baseURL(), ''));
    await waitForMapIdle(reopened.page);
    await expect.poll(() => reopened.page.locator('#place-heading').textContent()).toBe(seoul.name);
    await reopened.page.waitForTimeout(600);
    const view = parseMapHash(new URL(reopened.page.url()).hash)!;
    expect(view.zoom).toBeCloseTo(sharedView.zoom, 2);
    expect(view.lat).toBeCloseTo(sharedView.lat, 3);
    expect(view.lon).toBeCloseTo(sharedView.lon, 3);
    expect(reopened.consoleErrors).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });

  it('Back and Forward walk through the selections', async () => {
    const places = [await placeNamed(/^Moscow$/), await placeNamed(/^Pyongyang$/)];
    const { page } = await openPage(browser, '/');
    await waitForMapIdle(page);
    // The first selection from the list, the second on the map.
    await page.getByRole('list', { name: placesList }).getByRole('link', { name: new RegExp(`^${places[0].name}`) }).click();
    await page.waitForURL(`**/places/${places[0].id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toBe(places[0].name);
    await page.goto(`${baseURL()}/places/${places[0].id}#map=4/${places[1].lat}/${places[1].lon}`);
    await waitForMapIdle(page);
    await page.waitForTimeout(400);
    const at = await mapPixelOf(page, places[1].lon, places[1].lat);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(`**/places/${places[1].id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toBe(places[1].name);
    await page.goBack();
    await page.waitForURL(`**/places/${places[0].id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toBe(places[0].name);
    await page.goBack();
    await page.waitForURL(`**/places/${places[0].id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toBe(places[0].name);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goForward();
    await page.waitForURL(`**/places/${places[0].id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toBe(places[0].name);
    await page.context().close();
  });

  it('a URL with ?article= reopens narrowed to that article, in the panel and on the list', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const articleId = kursk.articleIds[1];
    const { page, consoleErrors } = await openPage(browser, `/places/${kursk.id}?article=${articleId}`);
    const groups = page.locator('.article-group');
    await expect.poll(() => groups.count()).toBe(1);
    // The panel's own URL for that filter: a path, so a static host answers it too.
    const api = (await (await fetch(`${baseURL()}${placePagePath(kursk.id, 1, articleId)}`)).json()) as { excerpts: Array<{ articleTitle: string }>; total: number };
    expect(await groups.first().locator('h3').textContent()).toBe(api.excerpts[0].articleTitle);
    await expect.poll(() => page.locator('.excerpt').count()).toBe(api.total);

    const overview = await openPage(browser, `/?article=${articleId}`);
    const names = overview.page.getByRole('list', { name: placesList }).getByRole('link');
    const expected = (await (await fetch(`${baseURL()}/api/places`)).json()) as { features: Array<{ properties: { articleIds: string[] } }> };
    const inArticle = expected.features.filter((f) => f.properties.articleIds.includes(articleId)).length;
    await expect.poll(() => names.count()).toBe(inArticle);
    expect(inArticle).toBeLessThan(expected.features.length);
    expect([...consoleErrors, ...overview.consoleErrors]).toEqual([]);
    await page.context().close();
    await overview.page.context().close();
  });

  it('serves place pages with their excerpts and a preview image in the HTML', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const response = await fetch(`${baseURL()}/places/${kursk.id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const api = (await (await fetch(`${baseURL()}/api/places/${kursk.id}`)).json()) as { excerpts: Array<{ text: string }> };
    expect(html).toContain('<mark>Kursk</mark>');
    const firstWords = api.excerpts[0].text.trim().slice(0, 40).replace(/[’'"&<>]/g, '').split(' ').slice(0, 4).join(' ');
    expect(html).toContain(firstWords);
    expect(html).toMatch(new RegExp(`<title>${kursk.name}[^<]*</title>`));
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/places\/[a-z-]+"/);
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(ogImage).toBeTruthy();
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    // No twitter-image route: the card names the Open Graph image.
    expect(/<meta name="twitter:image" content="([^"]+)"/.exec(html)?.[1]).toBe(ogImage);
    const image = await fetch(`${baseURL()}${new URL(ogImage!).pathname}${new URL(ogImage!).search}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it('reads place pages with JavaScript off', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/places/${kursk.id}`);
    expect(await page.locator('.excerpt').count()).toBeGreaterThanOrEqual(4);
    await context.close();
  });

  it('an excerpt link keeps the map view and reopens scrolled to the excerpt', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const { page } = await openPage(browser, `/places/${kursk.id}`);
    await waitForMapIdle(page);
    await waitForMapHash(page);
    const last = page.locator('.excerpt').last();
    await last.getByRole('link', { name: 'Link to this excerpt' }).click();
    const url = new URL(page.url());
    expect(url.hash).toMatch(/^#map=[^&]+&excerpt-/);
    const anchor = url.hash.split('&')[1];
    const reopened = await openPage(browser, `${url.pathname}${url.search}${url.hash}`);
    const target = reopened.page.locator(`[id="${anchor}"]`);
    // The page must hydrate before it can target the excerpt: on a busy 2-core machine that takes
    // more than expect.poll's default second.
    await expect.poll(() => target.getAttribute('data-targeted'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => target.isVisible(), { timeout: 15_000 }).toBe(true);
    // Polled: on a busy machine the check can land between the scroll and the panel's last layout.
    // The message carries the excerpt's box and the viewport, should it stay out of view.
    const placement = () =>
      target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight ? 'in view' : `out of view: top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)}, viewport ${window.innerHeight}`;
      });
    await expect.poll(placement, { timeout: 5_000 }).toBe('in view');
    expect(reopened.consoleErrors).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });

  it('the Share button copies the current view with a visible confirmation', async () => {
    const seoul = await placeNamed(/^Seoul$/);
    const { page } = await openPage(browser, `/places/${seoul.id}`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForMapHash(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().close();
  });

  it('bad hashes give the default view and unknown ids the 404 page, with no console error', async () => {
    for (const path of ['/#map=garbage', '/#map=99/999/-999', '/#map=%E0%A4%A', '/?article=nope#map=1/2']) {
      const { page, consoleErrors } = await openPage(browser, path);
      await waitForMapIdle(page);
      expect(consoleErrors, path).toEqual([]);
      await page.context().close();
    }
    const { page } = await openPage(browser, '/places/no-such-place');
    expect(await page.locator('h1').textContent()).toBe('Not found');
    expect(await page.getByRole('link', { name: 'Back to the overview' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('link', { name: 'Browse all places' }).count()).toBe(1);
    await page.context().close();
    expect((await fetch(`${baseURL()}/places/no-such-place`)).status).toBe(404);
  });

  it('serves an embeddable view of a place', async () => {
    const seoul = await placeNamed(/^Seoul$/);
    const { page, consoleErrors } = await openPage(browser, `/embed/places/${seoul.id}`);
    await waitForMapIdle(page);
    expect(await page.locator('.embed-card h1').textContent()).toBe(seoul.name);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
