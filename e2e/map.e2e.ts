import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapHash } from '../lib/url/mapHash';
import { baseURL, lonDistance, launchBrowser, mapPixelOf, openPage, placeNamed, waitForMapHash, waitForMapIdle } from './browser';

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

  it('takes a screenshot of the overview for the README', async () => {
    const { page } = await openPage(browser, '/');
    await waitForMapIdle(page);
    await page.screenshot({ path: 'docs/screenshot-overview.png' });
    await page.context().close();
  });
});
