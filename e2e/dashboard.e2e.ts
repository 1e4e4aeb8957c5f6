import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, mapColourCount, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the overview', () => {
  it('draws the map with the default data and lists the places in the side panel', async () => {
    const { page, consoleErrors } = await openPage(browser, '/');
    await waitForMapIdle(page);
    // A map that failed to draw (e.g. its worker did not load) is one flat colour.
    expect(await mapColourCount(page)).toBeGreaterThan(8);
    const places = page.getByRole('list', { name: 'Places ranked by mentions' });
    await expect.poll(() => places.getByRole('link').count()).toBeGreaterThan(5);
    await expect.poll(() => places.textContent()).toMatch(/Kursk/);
    expect(await page.getByTestId('corpus-line').textContent()).toMatch(/^5 articles, \d+ places/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('in the dark theme, the map controls are dark too, not white boxes on a dark map', async () => {
    const { page, consoleErrors } = await openPage(browser, '/', { colorScheme: 'dark' });
    await waitForMapIdle(page);
    const luminance = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g)?.map(Number) ?? [255, 255, 255];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      });
    expect(await luminance('.maplibregl-ctrl-group')).toBeLessThan(80);
    expect(await luminance('.maplibregl-ctrl-attrib')).toBeLessThan(80);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('sends no request beyond 127.0.0.1 while the page loads and the map draws', async () => {
    const { page, externalRequests } = await openPage(browser, '/');
    await waitForMapIdle(page);
    await page.waitForLoadState('networkidle');
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });
});
