// Phones: the bottom sheet over a full-screen map, touch gestures, no sideways scrolling, installability
// and offline use, in Chromium's phone emulation with touch.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapHash } from '../lib/url/mapHash';
import { baseURL, launchBrowser, mapPixelOf, openPage, placeNamed, waitForMapHash, waitForMapIdle } from './browser';

const MOBILE_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

function phone(width: number, height: number): BrowserContextOptions {
  return { viewport: { width, height }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: MOBILE_UA };
}

const PORTRAIT = [
  { name: '390x844', options: phone(390, 844), screenshots: true },
  { name: '360x740', options: phone(360, 740), screenshots: false },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('docs', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface SheetState {
  snap: string | null;
  top: number;
  heights: { peek: number; half: number; full: number };
  innerHeight: number;
}

async function sheetState(page: Page): Promise<SheetState> {
  return page.evaluate(() => {
    const sheet = document.querySelector<HTMLElement>('aside.panel');
    if (!sheet) throw new Error('no sheet');
    const [peek, half, full] = (sheet.dataset.sheetHeights ?? '0 0 0').split(' ').map(Number);
    return { snap: sheet.dataset.snap ?? null, top: sheet.getBoundingClientRect().top, heights: { peek, half, full }, innerHeight: window.innerHeight };
  });
}

/** Waits until the sheet rests on `snap` with its top edge where that snap puts it. */
async function expectSheetAt(page: Page, snap: 'peek' | 'half' | 'full'): Promise<SheetState> {
  await expect
    .poll(async () => {
      const s = await sheetState(page);
      return s.snap === snap && Math.abs(s.top - (s.innerHeight - s.heights[snap])) <= 1.5;
    }, { timeout: 5_000 })
    .toBe(true);
  return sheetState(page);
}

/** A one-finger drag with real touch events (the browser turns them into pointer events). */
async function touchDrag(cdp: CDPSession, from: { x: number; y: number }, dy: number, steps = 12, stepMs = 16): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y + (dy * i) / steps }] });
    await new Promise((r) => setTimeout(r, stepMs));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function handleCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.sheet-handle').boundingBox();
  if (!box) throw new Error('no sheet handle');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The element's box lies on screen and below the sheet's top edge (not hidden behind it). */
async function shownInSheet(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const sheet = document.querySelector('aside.panel');
    const el = document.querySelector(sel);
    if (!sheet || !el) return false;
    const s = sheet.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= s.top - 0.5 && r.bottom <= window.innerHeight + 0.5;
  }, selector);
}

/** The first excerpt starts below the sheet's top edge with at least two lines of it on screen. */
async function excerptStartShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const sheet = document.querySelector('aside.panel');
    const excerpt = document.querySelector('.excerpt p');
    if (!sheet || !excerpt) return false;
    const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight) || 24;
    const r = excerpt.getBoundingClientRect();
    return r.top >= sheet.getBoundingClientRect().top && r.top + 2 * lineHeight <= window.innerHeight;
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of the map controls and of the sheet, in CSS px. */
async function controlBoxes(page: Page): Promise<Record<'zoom' | 'zoomIn' | 'zoomOut' | 'attribution' | 'attributionButton' | 'sheet', Box>> {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      zoom: box('.maplibregl-ctrl-group'),
      zoomIn: box('.maplibregl-ctrl-zoom-in'),
      zoomOut: box('.maplibregl-ctrl-zoom-out'),
      attribution: box('.maplibregl-ctrl-attrib'),
      attributionButton: box('.maplibregl-ctrl-attrib-button'),
      sheet: box('aside.panel'),
    };
  });
}

/** The zoom buttons, the attribution and the sheet do not overlap, lie within the safe area, and the
 *  buttons are 44 px targets. */
async function expectControlsClear(page: Page, inset: { top: number; right: number; bottom: number; left: number }, what: string): Promise<void> {
  const boxes = await controlBoxes(page);
  const { innerWidth, innerHeight } = await page.evaluate(() => ({ innerWidth: window.innerWidth, innerHeight: window.innerHeight }));
  expect(overlaps(boxes.zoom, boxes.attribution), `${what}: zoom buttons and attribution`).toBe(false);
  expect(overlaps(boxes.zoom, boxes.sheet), `${what}: zoom buttons and sheet`).toBe(false);
  expect(overlaps(boxes.attribution, boxes.sheet), `${what}: attribution and sheet`).toBe(false);
  for (const name of ['zoom', 'attribution'] as const) {
    const b = boxes[name];
    expect(b.x, `${what}: ${name} left`).toBeGreaterThanOrEqual(inset.left);
    expect(b.y, `${what}: ${name} top`).toBeGreaterThanOrEqual(inset.top);
    expect(b.x + b.width, `${what}: ${name} right`).toBeLessThanOrEqual(innerWidth - inset.right);
    expect(b.y + b.height, `${what}: ${name} bottom`).toBeLessThanOrEqual(innerHeight - inset.bottom);
  }
  for (const name of ['zoomIn', 'zoomOut', 'attributionButton'] as const) {
    expect(Math.min(boxes[name].width, boxes[name].height), `${what}: ${name} tap target`).toBeGreaterThanOrEqual(44);
  }
}

describe.each([...PORTRAIT, { name: '844x390 (landscape)', options: phone(844, 390), screenshots: false }])('map controls at $name', ({ options }) => {
  it('the zoom buttons, the attribution and the sheet never overlap, within the safe area', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const { page, consoleErrors } = await openPage(browser, `/places/${kursk.id}`, options);
    await expectSheetAt(page, 'half');
    await waitForMapIdle(page);
    const none = { top: 0, right: 0, bottom: 0, left: 0 };
    // On a phone the attribution starts folded to its button; a tap opens it, another folds it again.
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-attrib.maplibregl-compact-show').count()).toBe(0);
    await expectControlsClear(page, none, 'attribution folded');
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib.maplibregl-compact-show').count()).toBe(1);
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib-inner').innerText()).toMatch(/Natural Earth/);
    await expectControlsClear(page, none, 'attribution open');
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib.maplibregl-compact-show').count()).toBe(0);
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib.maplibregl-compact-show').count()).toBe(1);
    // A notch and rounded corners (what env(safe-area-inset-*) reports on such a phone).
    const inset = { top: 44, right: 34, bottom: 24, left: 34 };
    await page.evaluate((i) => {
      for (const [side, px] of Object.entries(i)) document.documentElement.style.setProperty(`--safe-${side}`, `${px}px`);
    }, inset);
    await expectSheetAt(page, 'half');
    await expectControlsClear(page, inset, 'with safe-area insets');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe.each(PORTRAIT)('the phone layout at $name', ({ options, screenshots }) => {
  it('tapping Kursk opens the sheet with an excerpt on screen; the handle drags between snaps; a swipe down closes it', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const { page, consoleErrors } = await openPage(browser, `/#map=5.5/${kursk.lat}/${kursk.lon}`, options);
    await waitForMapIdle(page);

    // Overview at peek: the corpus line and the place filter show; the map keeps at least half the screen.
    let state = await expectSheetAt(page, 'peek');
    expect(state.top).toBeGreaterThanOrEqual(state.innerHeight / 2);
    expect(await shownInSheet(page, '[data-testid="corpus-line"]')).toBe(true);
    expect(await shownInSheet(page, '.filter-input')).toBe(true);
    const mapBox = await page.locator('.map-canvas canvas').first().boundingBox();
    expect(mapBox?.height).toBeGreaterThanOrEqual(state.innerHeight - 1);

    const at = await mapPixelOf(page, kursk.lon, kursk.lat);
    expect(at.y).toBeLessThan(state.top);
    // The map may report idle a moment before the place layers are added (they wait for /api/places):
    // a tap that came too early is tapped again, as a reader would.
    for (let attempt = 1; ; attempt++) {
      await page.touchscreen.tap(at.x, at.y);
      try {
        await page.waitForURL(`**/places/${kursk.id}**`, { timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
        // Only tap again while nothing is opening (a slow navigation is waited for, not tapped over).
        if (new URL(page.url()).pathname !== '/') {
          await page.waitForURL(`**/places/${kursk.id}**`);
          break;
        }
      }
    }
    await expect.poll(() => page.locator('#place-heading').textContent()).toMatch(/Kursk/);

    // A place opens at half, with a Kursk excerpt on screen: its first lines above the bottom edge.
    state = await expectSheetAt(page, 'half');
    await expect.poll(() => excerptStartShown(page)).toBe(true);
    expect(await page.locator('.excerpt').first().locator('mark').first().textContent()).toMatch(/Kursk/);
    await waitForMapIdle(page);
    if (screenshots) await page.screenshot({ path: 'docs/mobile-half.png' });

    const cdp = await page.context().newCDPSession(page);
    // Drag up to full.
    await touchDrag(cdp, await handleCentre(page), -(state.heights.full - state.heights.half));
    state = await expectSheetAt(page, 'full');
    if (screenshots) await page.screenshot({ path: 'docs/mobile-full.png' });

    // Drag down to peek: the place name and the counts stay on screen, the map has half the screen.
    await touchDrag(cdp, await handleCentre(page), state.heights.full - state.heights.peek);
    state = await expectSheetAt(page, 'peek');
    expect(state.top).toBeGreaterThanOrEqual(state.innerHeight / 2);
    expect(await shownInSheet(page, '#place-heading')).toBe(true);
    expect(await shownInSheet(page, '.place-meta')).toBe(true);
    await waitForMapIdle(page);
    if (screenshots) await page.screenshot({ path: 'docs/mobile-peek.png' });

    // A short drag settles back where it was.
    await touchDrag(cdp, await handleCentre(page), -20);
    await expectSheetAt(page, 'peek');

    // Swipe down from peek: back to the overview, like the close button.
    await touchDrag(cdp, await handleCentre(page), 120, 6);
    await page.waitForURL((url) => url.pathname === '/');
    await expectSheetAt(page, 'peek');
    expect(await shownInSheet(page, '.filter-input')).toBe(true);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('the handle is a 44 px button that moves the sheet with the keyboard', async () => {
    const { page } = await openPage(browser, '/', options);
    await expectSheetAt(page, 'peek');
    const handle = page.locator('.sheet-handle');
    const box = await handle.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await handle.evaluate((el) => el.tagName)).toBe('BUTTON');
    await handle.focus();
    await page.keyboard.press('Enter');
    await expectSheetAt(page, 'half');
    // Half shows the list of places.
    await expect.poll(() => shownInSheet(page, '.place-list li:first-child a')).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expectSheetAt(page, 'full');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectSheetAt(page, 'peek');
    expect(await handle.getAttribute('aria-label')).toMatch(/collapsed/);
    await page.context().close();
  });

  it('has no sideways scrolling, 44 px tap targets and 16 px inputs on every page', async () => {
    const article = ((await (await fetch(`${baseURL()}/api/articles`)).json()) as { articles: Array<{ id: string }> }).articles[0];
    const kursk = await placeNamed(/^Kursk/, 'region');
    for (const path of ['/', `/places/${kursk.id}`, `/articles/${article.id}`, '/places/no-such-place-anywhere']) {
      const { page } = await openPage(browser, path, options);
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(widths.scroll, path).toBeLessThanOrEqual(widths.inner);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const targets = document.querySelectorAll<HTMLElement>(
          '.panel button, .panel summary, .place-list a, .article-list a, .excerpt-links a, .maplibregl-ctrl-group button, .not-found li a',
        );
        for (const el of targets) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          // Inline links inside a sentence are exempt (WCAG 2.5.8); list and control targets are not.
          if (r.height < 44 && !el.closest('.not-found')) out.push(`${el.className || el.tagName} ${el.textContent?.trim()}: ${r.height}px high`);
        }
        for (const input of document.querySelectorAll<HTMLElement>('input, textarea, select')) {
          const size = parseFloat(getComputedStyle(input).fontSize);
          if (size < 16) out.push(`${input.id}: font ${size}px`);
        }
        return out;
      });
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  });
});

describe('touch gestures on the map', () => {
  it('one finger pans the map and never the page; two fingers pinch-zoom', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    // Device scale 1: drawing at 3x in software GL makes every frame of the gesture slow.
    const { page } = await openPage(browser, `/#map=4/${kursk.lat}/${kursk.lon}`, { ...phone(390, 844), deviceScaleFactor: 1 });
    await waitForMapIdle(page);
    await waitForMapHash(page);
    const before = parseMapHash(new URL(page.url()).hash);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 150, y: 200 }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 150 + i * 10, y: 200 + i * 6 }] });
      await new Promise((r) => setTimeout(r, 16));
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => parseMapHash(new URL(page.url()).hash)?.lon ?? before?.lon, { timeout: 10_000 }).toBeLessThan((before?.lon ?? 0) - 1);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY, document.scrollingElement?.scrollTop ?? 0])).toEqual([0, 0, 0]);

    const zoomBefore = parseMapHash(new URL(page.url()).hash)?.zoom ?? 0;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 170, y: 250, id: 0 }, { x: 220, y: 300, id: 1 }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: 170 - i * 8, y: 250 - i * 8, id: 0 },
          { x: 220 + i * 8, y: 300 + i * 8, id: 1 },
        ],
      });
      await new Promise((r) => setTimeout(r, 16));
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => parseMapHash(new URL(page.url()).hash)?.zoom ?? 0, { timeout: 10_000 }).toBeGreaterThan(zoomBefore + 0.5);
    await page.context().close();
  }, 120_000);
});

describe('landscape phone', () => {
  it('keeps the sheet within the short screen and the map beside it', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const { page, consoleErrors } = await openPage(browser, `/places/${kursk.id}`, phone(844, 390));
    const state = await expectSheetAt(page, 'half');
    expect(state.heights.full).toBeLessThanOrEqual(390 - 24);
    expect(state.heights.peek).toBeLessThanOrEqual(390 / 2);
    const sheetBox = await page.locator('aside.panel').boundingBox();
    expect(sheetBox?.width).toBeLessThanOrEqual(844 * 0.6);
    expect(await shownInSheet(page, '#place-heading')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await waitForMapIdle(page);
    await page.screenshot({ path: 'docs/mobile-landscape.png' });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('installable and offline', () => {
  it('has a web app manifest with 192 and 512 px PNG icons, maskable too', async () => {
    const manifest = (await (await fetch(`${baseURL()}/manifest.webmanifest`)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
    };
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    for (const size of [192, 512]) {
      for (const purpose of ['any', 'maskable']) {
        const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && (i.purpose ?? 'any').split(' ').includes(purpose));
        expect(icon, `${size} ${purpose}`).toBeDefined();
        const response = await fetch(`${baseURL()}${icon?.src}`);
        expect(response.headers.get('content-type')).toBe('image/png');
        const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
        expect([png.width, png.height]).toEqual([size, size]);
      }
    }
    const html = await (await fetch(`${baseURL()}/`)).text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
  });

  it('a place opened once still opens with no connection: map, excerpts and an offline notice', async () => {
    const kursk = await placeNamed(/^Kursk/, 'region');
    const { page } = await openPage(browser, `/places/${kursk.id}`, phone(390, 844));
    await waitForMapIdle(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await waitForMapIdle(page);
    const excerptsOnline = await page.locator('.excerpt').allTextContents();
    expect(excerptsOnline.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="offline-notice"]').count()).toBe(0);

    await page.context().setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('#place-heading').textContent()).toMatch(/Kursk/);
    expect(await page.locator('.excerpt').allTextContents()).toEqual(excerptsOnline);
    await expect.poll(() => page.locator('[data-testid="offline-notice"]').textContent()).toMatch(/offline/i);
    await page.screenshot({ path: 'docs/mobile-offline.png' });

    // A page never opened online says so instead of failing blank.
    const response = await page.goto(`${baseURL()}/articles/never-opened-offline`);
    expect(response?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toMatch(/offline/i);
    await page.context().setOffline(false);
    await page.context().close();
  }, 120_000);
});
