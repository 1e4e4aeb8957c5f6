import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapHash } from '../lib/url/mapHash';
import { baseURL, lonDistance, launchBrowser, mapPixelOf, openPage, placeNamed, waitForMapHash, waitForMapIdle, type ApiPlace } from './browser';

/** Pixels of the selected colour within 8 px of a point of the page: #dc2626, or the dark theme's #f87171 (drawn at
 * 0.85 opacity, its green and blue channels stay above 80; the light red's stay below 110 even over a dark map). */
async function selectedRedPixels(page: Page, at: { x: number; y: number }, theme: 'light' | 'dark' = 'light'): Promise<number> {
  const shot = await page.screenshot({ clip: { x: at.x - 8, y: at.y - 8, width: 16, height: 16 } });
  const png = PNG.sync.read(shot);
  let red = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 170 && (theme === 'light' ? g < 110 && b < 110 : g > 80 && g < 140 && b > 80 && b < 140)) red++;
  }
  return red;
}

/** The map's cursor: `pointer` over a place, `zoom-in` over a cluster. */
function mapCursor(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('.map-canvas canvas')?.style.cursor);
}

/** Clicks a city where the URL's map view puts it, once the cursor says it can be clicked; waits for its panel. */
async function clickCityOnMap(page: Page, city: ApiPlace): Promise<void> {
  const at = await mapPixelOf(page, city.lon, city.lat);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => mapCursor(page)).toBe('pointer');
  await page.mouse.click(at.x, at.y);
  await page.waitForURL(`**/places/${city.id}**`);
  await expect.poll(() => page.locator('#place-heading').textContent()).toBe(city.name);
}

/** Mean luminance (0–255) of the map canvas. */
async function mapLuminance(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('.map-canvas canvas').first().screenshot());
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) sum += 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
  return sum / (png.data.length / 4);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('docs', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('the map dashboard', () => {
  it('clicking Kursk on the map opens its excerpts from four articles', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    expect(kursk.articleIds.length).toBe(4);
    const { page, consoleErrors } = await openPage(browser, `/#map=5.5/${kursk.lat}/${kursk.lon}`);
    await waitForMapIdle(page);
    const at = await mapPixelOf(page, kursk.lon, kursk.lat);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(`**/places/${kursk.id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toMatch(/Kursk/);
    const groups = page.locator('.article-group');
    await expect.poll(() => groups.count()).toBe(4);
    const marks = await page.locator('.excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const mark of marks) expect(mark).toMatch(/Kursk/i);
    await waitForMapIdle(page);
    await page.screenshot({ path: 'docs/screenshot-place.png' });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('resting the pointer on a place on the map fetches its page before the click', async () => {
    // From another place's page: the overview's list would have fetched Kursk's page already.
    const kursk = await placeNamed(/^Kursk/, 'region');
    const beijing = await placeNamed(/^Beijing/, 'city');
    const pagePayloads: string[] = [];
    const { page, consoleErrors } = await openPage(browser, `/places/${beijing.id}#map=5.5/${kursk.lat}/${kursk.lon}`);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const isPayload = request.headers()['rsc'] === '1' || url.searchParams.has('_rsc');
      if (url.pathname.startsWith(`/places/${kursk.id}`) && isPayload) pagePayloads.push(request.url());
    });
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    expect(pagePayloads, 'nothing fetched Kursk before the hover').toEqual([]);
    const at = await mapPixelOf(page, kursk.lon, kursk.lat);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => pagePayloads.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(`**/places/${kursk.id}**`);
    await expect.poll(() => page.locator('#place-heading').textContent()).toMatch(/Kursk/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('clicking Beijing in the list centres the map on Beijing, and Esc returns to the overview', async () => {
    const beijing = await placeNamed(/^Beijing$/);
    const { page, consoleErrors } = await openPage(browser, '/');
    await waitForMapIdle(page);
    await page.getByRole('list', { name: 'Places ranked by mentions' }).getByRole('link', { name: /^Beijing/ }).click();
    await page.waitForURL(`**/places/${beijing.id}**`);
    await expect
      .poll(
        () => {
          const view = parseMapHash(new URL(page.url()).hash);
          return view ? Math.max(lonDistance(view.lon, beijing.lon), Math.abs(view.lat - beijing.lat)) : 999;
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(0.05);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('list', { name: 'Places ranked by mentions' }).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the article view links every mention to its place', async () => {
    const articles = (await (await fetch(`${baseURL()}/api/articles`)).json()) as { articles: Array<{ id: string }> };
    const { page, consoleErrors } = await openPage(browser, `/articles/${articles.articles[0].id}`);
    await waitForMapIdle(page);
    const mentions = page.locator('.article-text a.mention');
    expect(await mentions.count()).toBeGreaterThan(3);
    await page.screenshot({ path: 'docs/screenshot-article.png' });
    const link = mentions.nth(1);
    const placeId = await link.getAttribute('data-place-id');
    const text = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(`**/places/${placeId}**`);
    const heading = (await page.locator('#place-heading').textContent()) ?? '';
    expect(heading.length).toBeGreaterThan(0);
    // The highlighted mentions in the excerpts are what the article said.
    await expect.poll(() => page.locator('.excerpt mark').allTextContents()).toContain(text);
    await waitForMapHash(page);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the places reachable by keyboard: arrows move through the list and Enter opens a place', async () => {
    const { page } = await openPage(browser, '/');
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-place-id'));
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/places/${focused}**`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('place-heading');
    await page.context().close();
  });

  it('a click on a cluster zooms in until its cities come apart; a selected city stays drawn over its cluster', async () => {
    const [pyongyang, seoul] = [await placeNamed(/^Pyongyang$/), await placeNamed(/^Seoul$/)];
    // At zoom 2 the two cities are ~11 px apart: one cluster. Reduced motion: the zoom is a jump.
    const { page, consoleErrors } = await openPage(browser, `/#map=2/${pyongyang.lat}/${pyongyang.lon}`, { reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await page.waitForTimeout(400);
    const at = await mapPixelOf(page, pyongyang.lon, pyongyang.lat);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => mapCursor(page)).toBe('zoom-in');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => parseMapHash(new URL(page.url()).hash)?.zoom ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(3.99);
    expect(new URL(page.url()).pathname).toBe('/');
    await waitForMapIdle(page);
    await page.waitForTimeout(400);

    // Apart now: each city is a place to click.
    await clickCityOnMap(page, seoul);

    // Back out to zoom 2, where Seoul's neighbours cluster again: Seoul is still drawn, in the selected red.
    await waitForMapHash(page);
    await page.evaluate(([lat, lon]) => (window.location.hash = `map=2/${lat}/${lon}`), [seoul.lat, seoul.lon]);
    await expect.poll(() => parseMapHash(new URL(page.url()).hash)?.zoom).toBe(2);
    await waitForMapIdle(page);
    await page.waitForTimeout(400);
    const selectedAt = await mapPixelOf(page, seoul.lon, seoul.lat);
    await expect.poll(() => selectedRedPixels(page, selectedAt)).toBeGreaterThan(20);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('switching the system to the dark theme redraws the basemap dark and keeps the places and the selection', async () => {
    const seoul = await placeNamed(/^Seoul$/);
    const { page, consoleErrors } = await openPage(browser, `/places/${seoul.id}#map=5/${seoul.lat}/${seoul.lon}`, { colorScheme: 'light' });
    await waitForMapIdle(page);
    await page.waitForTimeout(400);
    const at = await mapPixelOf(page, seoul.lon, seoul.lat);
    await expect.poll(() => selectedRedPixels(page, at)).toBeGreaterThan(20);
    const light = await mapLuminance(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => mapLuminance(page), { timeout: 20_000 }).toBeLessThan(light - 60);
    await waitForMapIdle(page);
    // Still selected, in the dark theme's red, and the other places are still there to click.
    await expect.poll(() => selectedRedPixels(page, at, 'dark'), { timeout: 10_000 }).toBeGreaterThan(20);
    await clickCityOnMap(page, await placeNamed(/^Pyongyang$/));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('takes a screenshot of the overview for the README', async () => {
    const { page } = await openPage(browser, '/');
    await waitForMapIdle(page);
    await page.screenshot({ path: 'docs/screenshot-overview.png' });
    await page.context().close();
  });
});
