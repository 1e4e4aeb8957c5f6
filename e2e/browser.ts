// Shared helpers of the end-to-end suite: the system Chromium driven by playwright-core.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject } from 'vitest';
import { findChromium } from '../scripts/find-chromium';
import { parseMapHash } from '../lib/url/mapHash';

export const baseURL = (): string => inject('baseURL');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface TrackedPage {
  page: Page;
  consoleErrors: string[];
  /** Every request whose URL is not on the app's own origin (nor data:/blob:). */
  externalRequests: string[];
}

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const origin = new URL(baseURL()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
  });
  await page.goto(`${baseURL()}${path}`);
  return { page, consoleErrors, externalRequests };
}

/** Waits until maplibre reports `idle` (the map and its data are drawn). */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForSelector('.map-canvas[data-map-state="idle"] canvas', { timeout });
}

/** Distinct colours (quantised) in a screenshot of the map canvas: a blank map has one or two. */
export async function mapColourCount(page: Page): Promise<number> {
  const shot = await page.locator('.map-canvas canvas').first().screenshot();
  const png = PNG.sync.read(shot);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    colours.add(((png.data[i] >> 3) << 10) | ((png.data[i + 1] >> 3) << 5) | (png.data[i + 2] >> 3));
  }
  return colours.size;
}

/** Pixel position (relative to the page) of a lon/lat on the map, from the view in the URL hash. */
export async function mapPixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const view = parseMapHash(new URL(page.url()).hash);
  if (!view) throw new Error(`No map view in the URL hash: ${page.url()}`);
  const box = await page.locator('.map-canvas canvas').first().boundingBox();
  if (!box) throw new Error('No map canvas');
  const worldSize = 512 * 2 ** view.zoom;
  const mercX = (l: number) => ((l + 180) / 360) * worldSize;
  const mercY = (φ: number) => {
    const r = (φ * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(Math.PI / 4 + r / 2)) / Math.PI) / 2) * worldSize;
  };
  return {
    x: box.x + box.width / 2 + (mercX(lon) - mercX(view.lon)),
    y: box.y + box.height / 2 + (mercY(lat) - mercY(view.lat)),
  };
}

/** Waits until the URL hash holds a map view (written shortly after the map stops moving). */
export async function waitForMapHash(page: Page): Promise<void> {
  await page.waitForFunction(() => /(^#|&)map=/.test(window.location.hash), undefined, { timeout: 20_000 });
}

export interface ApiPlace {
  id: string;
  name: string;
  kind: string;
  mentionCount: number;
  articleIds: string[];
  lon: number;
  lat: number;
}

export async function apiPlaces(): Promise<ApiPlace[]> {
  const response = await fetch(`${baseURL()}/api/places`);
  const body = (await response.json()) as { features: Array<{ properties: ApiPlace }> };
  return body.features.map((f) => f.properties);
}

/** The place a reader means by `name` (exact name first, then the most mentioned whose name contains it). */
export async function placeNamed(name: RegExp, kind?: string): Promise<ApiPlace> {
  const places = (await apiPlaces()).filter((p) => name.test(p.name) && (!kind || p.kind === kind));
  places.sort((a, b) => b.mentionCount - a.mentionCount);
  if (!places[0]) throw new Error(`No place named ${name} in /api/places`);
  return places[0];
}

/** Decimal degrees between two longitudes, across the antimeridian. */
export function lonDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}
