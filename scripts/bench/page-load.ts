// Page-load and click-to-excerpts benchmark of the production app, beside a bare page that draws the same
// map with nothing else (the floor). Usage: npx next build && npx tsx scripts/bench/page-load.ts
//   BASE_URL=http://host:port  benchmark a running app instead of starting `next start`
//   RUNS=5                     cold loads per page (median reported)
//   CLICKS=24                  clicks per click scenario
//   ONLY=load|clicks           one part only (default: both)
//   OUT=file.json              where the raw figures go (default bench/.cache/page-load.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { parseMapHash, withMapView, type MapView } from '../../lib/url/mapHash';
import type { PlacesCollection } from '../../lib/types';
import { startApp } from './lib/appServer';
import { startBareServer } from './lib/bareServer';
import { bareMapStyle } from './lib/bareStyle';
import { desktopContext, launchChromium, phoneContext, PHONE_CPU_SLOWDOWN, PHONE_DEVICE, SLOW_4G, throttle } from './lib/browser';
import { cumulativeLayoutShift, mapDrawnTime, median, percentile, scriptBytes, totalBlockingTime, type ScriptResource } from './lib/metrics';
import { CLICK_PROBE, LOAD_PROBE, type ClickRecord, type LoadProbe } from './lib/probes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return n;
}

const RUNS = positiveInt('RUNS', 5);
/** `load`, `clicks` or both (default). */
const ONLY = process.env.ONLY ?? 'all';
if (!['all', 'load', 'clicks'].includes(ONLY)) throw new Error(`ONLY must be load or clicks (or unset for both), got "${ONLY}".`);
const CLICKS = positiveInt('CLICKS', 24);
const OUT = process.env.OUT ?? path.join(root, 'bench', '.cache', 'page-load.json');
const SETTLE_MS = 2000;
const LOAD_TIMEOUT_MS = 180_000;

interface LoadResult {
  jsTotal: number;
  jsBeforeMap: number;
  /** Script bytes (other than the map library) requested before the map library had arrived. */
  jsWhileMap: number;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string;
  lcpInPanel: boolean;
  mapLibraryStart: number | null;
  mapLibraryEnd: number | null;
  tbt: number | null;
  /** Blocking time from FCP until the map library has arrived: the page's own work, not the map's. */
  tbtBeforeMap: number | null;
  /** Blocking time from navigation to map drawn: one window for both pages, whatever their first paint. */
  blockingFromNavigation: number | null;
  cls: number;
  drawn: number | null;
}

const isScript = (url: string) => /\.m?js$/.test(new URL(url).pathname);

/** Which script URLs hold the maplibre library (found by a string only its bundle carries). */
const mapLibraryCache = new Map<string, boolean>();
async function isMapLibrary(url: string): Promise<boolean> {
  const known = mapLibraryCache.get(url);
  if (known !== undefined) return known;
  const text = await (await fetch(url)).text();
  const found = text.includes('maplibre.org') && text.includes('WebGL');
  mapLibraryCache.set(url, found);
  return found;
}

async function waitForDrawn(page: Page): Promise<void> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { states, now } = (await page.evaluate('({ states: window.__bench.mapStates, now: performance.now() })')) as {
      states: LoadProbe['mapStates'];
      now: number;
    };
    const last = states.at(-1);
    if (mapDrawnTime(states) !== null && last && now - last.time > SETTLE_MS) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The map at ${page.url()} did not settle idle within ${LOAD_TIMEOUT_MS / 1000} s.`);
}

async function measureLoad(browser: Browser, url: string): Promise<LoadResult> {
  const context = await phoneContext(browser);
  try {
    await context.addInitScript({ content: LOAD_PROBE });
    const page = await context.newPage();
    await throttle(page, { network: true, cpuRate: PHONE_CPU_SLOWDOWN });
    // Not waiting for `load`: the map-drawn wait below is the end of a load here.
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await waitForDrawn(page);
    const probe = (await page.evaluate('window.__bench')) as LoadProbe;
    const resources = (await page.evaluate(
      `performance.getEntriesByType('resource').map((e) => ({ url: e.name, startTime: e.startTime, responseEnd: e.responseEnd, encodedBodySize: e.encodedBodySize }))`,
    )) as ScriptResource[];
    const scripts = resources.filter((r) => isScript(r.url));
    let mapLibrary: ScriptResource | null = null;
    for (const s of scripts) {
      if (await isMapLibrary(s.url)) mapLibrary = mapLibrary && mapLibrary.startTime < s.startTime ? mapLibrary : s;
    }
    const bytes = scriptBytes(scripts, mapLibrary);
    const lcp = probe.lcp.at(-1) ?? null;
    const drawn = mapDrawnTime(probe.mapStates);
    return {
      jsTotal: bytes.total,
      jsBeforeMap: bytes.beforeMap,
      jsWhileMap: bytes.whileMap,
      fcp: probe.fcp,
      lcp: lcp?.time ?? null,
      lcpElement: lcp ? `${lcp.element} “${lcp.text.slice(0, 40)}”` : '(none)',
      lcpInPanel: lcp?.inPanel ?? false,
      mapLibraryStart: mapLibrary?.startTime ?? null,
      mapLibraryEnd: mapLibrary?.responseEnd ?? null,
      // The bare page's first paint is its map canvas, after maplibre's evaluation and set-up: its TBT
      // window leaves those out, so the row from navigation is the like-for-like floor.
      tbt: drawn !== null ? totalBlockingTime(probe.longTasks, probe.fcp ?? 0, drawn) : null,
      tbtBeforeMap: mapLibrary ? totalBlockingTime(probe.longTasks, probe.fcp ?? 0, mapLibrary.responseEnd) : null,
      blockingFromNavigation: drawn !== null ? totalBlockingTime(probe.longTasks, 0, drawn) : null,
      cls: cumulativeLayoutShift(probe.shifts),
      drawn,
    };
  } finally {
    await context.close();
  }
}

/** The app's map size and final camera on the phone, so the bare page draws the same pixels. */
async function calibrate(browser: Browser, url: string): Promise<{ w: number; h: number; view: MapView }> {
  const context = await phoneContext(browser);
  try {
    await context.addInitScript({ content: LOAD_PROBE });
    const page = await context.newPage();
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    await waitForDrawn(page);
    await page.waitForFunction(() => /(^#|&)map=/.test(window.location.hash), undefined, { timeout: 20_000 });
    const view = parseMapHash(new URL(page.url()).hash);
    const box = await page.locator('.map-canvas').first().boundingBox();
    if (!view || !box) throw new Error(`Could not read the map view and size of ${url}`);
    return { w: Math.round(box.width), h: Math.round(box.height), view };
  } finally {
    await context.close();
  }
}

// Predicates are functions, not strings: the app's Content-Security-Policy has no 'unsafe-eval', and a
// string predicate is evaluated with eval, so it would fail in the page (and the wait would time out).
type ProbedWindow = Window & { __bench: LoadProbe; __clicks: ClickRecord[] };

async function waitMapSettled(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const states = (window as unknown as ProbedWindow).__bench.mapStates;
      const last = states[states.length - 1];
      return states.length > count && last.state === 'idle' && performance.now() - last.time > 400;
    },
    since,
    { timeout: 30_000, polling: 100 },
  );
}

async function clickPage(browser: Browser, baseURL: string, cpuRate: number): Promise<Page> {
  const context = await desktopContext(browser);
  await context.addInitScript({ content: LOAD_PROBE });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`, { timeout: LOAD_TIMEOUT_MS });
  await waitForDrawn(page);
  await page.evaluate(CLICK_PROBE);
  await throttle(page, { network: false, cpuRate });
  return page;
}

async function awaitClick(page: Page, index: number): Promise<boolean> {
  try {
    await page.waitForFunction((count) => (window as unknown as ProbedWindow).__clicks.length > count, index, { timeout: 15_000, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

/** Prefetches (route payloads, excerpt pages) the page has asked for and not yet received. */
function trackPrefetches(page: Page): { settled: (timeoutMs: number) => Promise<void> } {
  const open = new Set<Request>();
  const isPrefetch = (request: Request) => /[?&]_rsc=|\/api\/places\/[^/?]+\?/.test(request.url());
  page.on('request', (request) => void (isPrefetch(request) && open.add(request)));
  page.on('requestfinished', (request) => void open.delete(request));
  page.on('requestfailed', (request) => void open.delete(request));
  return {
    settled: async (timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (open.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    },
  };
}

/** Hover time before a list click: what a reader's pointer takes at least, and what lets a prefetch start. */
const HOVER_MS = 100;

/** Clicks in the place list (hovered first, which prefetches), each from the overview. */
async function listClicks(browser: Browser, baseURL: string, places: PlacesCollection, cpuRate: number): Promise<ClickRecord[]> {
  const page = await clickPage(browser, baseURL, cpuRate);
  const prefetches = trackPrefetches(page);
  const ranked = [...places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount).map((f) => f.properties);
  let done = 0;
  try {
    for (let i = 0; i < CLICKS; i++) {
      const place = ranked[i % ranked.length];
      const link = page.locator(`.place-list a[data-place-id="${place.id}"]`);
      if (!(await link.isVisible())) {
        await page.keyboard.press('Escape');
        await link.waitFor({ state: 'visible', timeout: 15_000 });
      }
      // Hover, then let whatever the hover asked for arrive (at most 2 s), as "data prefetched" requires;
      // no fixed long pause, so a click may still meet the previous selection's map flight.
      await link.hover();
      await page.waitForTimeout(HOVER_MS);
      await prefetches.settled(2000);
      await page.evaluate(`window.__expectName = ${JSON.stringify(place.name)}`);
      await link.click();
      if (await awaitClick(page, done)) done++;
      else console.error(`  list click on ${place.name}: heading + excerpt not seen within 15 s`);
    }
    return (await page.evaluate('window.__clicks')) as ClickRecord[];
  } finally {
    await page.context().close();
  }
}

/** A view where a large corpus's cities crowd into clusters (Europe and western Russia at zoom 3). */
const CLUSTER_DENSE_VIEW: MapView = { zoom: 3, lat: 50, lon: 25 };

/**
 * Clicks on city circles on the map, each from the overview (Esc) and the same camera (the overview's
 * unless `view` is given, set through the URL hash). A city inside a cluster is not clickable as such:
 * the pointer hovers it first and only spots that show the place cursor (not a cluster's zoom-in one)
 * are clicked; whatever place opens is measured.
 */
async function mapClicks(browser: Browser, baseURL: string, places: PlacesCollection, cpuRate: number, view?: MapView): Promise<ClickRecord[]> {
  const cities = places.features
    .filter((f) => f.properties.kind === 'city' && f.geometry.type === 'Point')
    .map((f) => f.properties)
    .sort((a, b) => b.mentionCount - a.mentionCount);
  if (cities.length < 2) return [];
  const page = await clickPage(browser, baseURL, cpuRate);
  try {
    await page.waitForFunction(() => /(^#|&)map=/.test(window.location.hash), undefined, { timeout: 20_000 });
    const camera = view ?? parseMapHash(new URL(page.url()).hash);
    if (!camera) throw new Error('No map view in the hash of the overview');
    const box = await page.locator('.map-canvas canvas').first().boundingBox();
    if (!box) throw new Error('No map canvas');
    const inside = ({ x, y }: { x: number; y: number }) => x > box.x + 20 && x < box.x + box.width - 20 && y > box.y + 20 && y < box.y + box.height - 20;
    const onScreen = cities.filter((city) => inside(pixelOf(camera, box, city.lon, city.lat)));
    let done = 0;
    let skipped = 0;
    const opened = new Map<string, number>();
    let doneAtRoundStart = 0;
    // Cycles through the cities on screen (never the one just opened: a click on it changes nothing);
    // gives up after a whole round without a click.
    for (let i = 0; done < CLICKS; i++) {
      if (i > 0 && i % onScreen.length === 0) {
        if (done === doneAtRoundStart) break;
        doneAtRoundStart = done;
      }
      const city = onScreen[i % onScreen.length];
      if (!city) continue;
      // Back to the overview first, like the list clicks: what the click opens is then always new.
      if (new URL(page.url()).pathname !== '/') {
        await page.keyboard.press('Escape');
        await page.waitForURL((url) => url.pathname === '/', { timeout: 15_000 }).catch(() => {});
      }
      const hash = withMapView(new URL(page.url()).hash, camera);
      // Only a hash that moves the camera gets a wait for the map to settle: the same hash changes nothing,
      // and waiting for a state change that never comes would cost the whole timeout per skipped city.
      if (hash !== new URL(page.url()).hash) {
        const states = (await page.evaluate('window.__bench.mapStates.length')) as number;
        await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
        await waitMapSettled(page, states).catch(() => {});
      }
      const at = pixelOf(camera, box, city.lon, city.lat);
      await page.mouse.move(at.x, at.y);
      await page.waitForTimeout(100);
      const cursor = await page.evaluate(() => document.querySelector<HTMLElement>('.map-canvas canvas')?.style.cursor);
      if (cursor !== 'pointer') {
        skipped++;
        continue;
      }
      // Any place counts: where cities crowd, what lies under the pointer may be a neighbour's circle, or
      // the country around a city drawn inside a cluster (the place cursor shows for both).
      await page.evaluate('window.__expectName = null');
      await page.mouse.click(at.x, at.y);
      if (await awaitClick(page, done)) done++;
      else console.error(`  map click on ${city.name}: heading + excerpt not seen within 15 s`);
      opened.set(new URL(page.url()).pathname.split('/')[2] ?? '', (opened.get(new URL(page.url()).pathname.split('/')[2] ?? '') ?? 0) + 1);
      const after = (await page.evaluate('window.__bench.mapStates.length')) as number;
      await waitMapSettled(page, after - 1).catch(() => {});
    }
    const cityIds = new Set(cities.map((city) => city.id));
    const onCities = [...opened].filter(([id]) => cityIds.has(id)).reduce((n, [, count]) => n + count, 0);
    console.error(
      `  map clicks${view ? ' (cluster-dense view)' : ''}: ${skipped} hovers skipped (cluster), ${onCities} of ${done} clicks opened a city`,
    );
    return (await page.evaluate('window.__clicks')) as ClickRecord[];
  } finally {
    await page.context().close();
  }
}

function pixelOf(view: MapView, box: { x: number; y: number; width: number; height: number }, lon: number, lat: number) {
  const worldSize = 512 * 2 ** view.zoom;
  const mercX = (l: number) => ((l + 180) / 360) * worldSize;
  const mercY = (φ: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (φ * Math.PI) / 360)) / Math.PI) / 2) * worldSize;
  return { x: box.x + box.width / 2 + mercX(lon) - mercX(view.lon), y: box.y + box.height / 2 + mercY(lat) - mercY(view.lat) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number | null) => (v === null || Number.isNaN(v) ? 'n/a' : `${Math.round(v)} ms`);
const medianOf = (rows: LoadResult[], key: keyof LoadResult) =>
  median(rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number'));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function loadTable(label: string, app: LoadResult[], bare: LoadResult[]): string {
  const appDrawn = medianOf(app, 'drawn');
  const bareDrawn = medianOf(bare, 'drawn');
  const ratio = appDrawn / bareDrawn;
  // Pairs loaded back to back share the machine's load at that moment: steadier on a busy machine.
  const pairRatio = median(app.map((a, i) => (a.drawn ?? Number.NaN) / (bare[i]?.drawn ?? Number.NaN)));
  const lcp = medianOf(app, 'lcp');
  const tbt = medianOf(app, 'tbt');
  const cls = medianOf(app, 'cls');
  const jsBefore = medianOf(app, 'jsBeforeMap');
  const panelFirst = app.every((r) => r.lcpInPanel && r.lcp !== null && r.mapLibraryEnd !== null && r.lcp < r.mapLibraryEnd);
  const elements = [...new Set(app.map((r) => r.lcpElement))].join('; ');
  const lines = [
    `### ${label}`,
    '',
    `${app.length} of ${RUNS} runs measured.`,
    '',
    '| Metric | App (median) | Bare map page (median) | Goal | Result |',
    '| --- | --- | --- | --- | --- |',
    `| JavaScript transferred, total | ${kb(medianOf(app, 'jsTotal'))} | ${kb(medianOf(bare, 'jsTotal'))} | | |`,
    `| JavaScript before the map library starts loading | ${kb(jsBefore)} | ${kb(medianOf(bare, 'jsBeforeMap'))} | <= 150 KB gzip | ${verdict(jsBefore <= 150 * 1024)} |`,
    `| JavaScript sharing the link with the map library (requested before it arrived, itself excluded) | ${kb(medianOf(app, 'jsWhileMap'))} | ${kb(medianOf(bare, 'jsWhileMap'))} | | |`,
    `| First contentful paint | ${ms(medianOf(app, 'fcp'))} | ${ms(medianOf(bare, 'fcp'))} | | |`,
    `| LCP | ${ms(lcp)} | ${ms(medianOf(bare, 'lcp'))} | <= 1800 ms | ${verdict(lcp <= 1800)} |`,
    `| LCP element is panel text, painted before the map library loaded (every run) | ${elements} | | yes | ${verdict(panelFirst)} |`,
    `| Map library request start / end | ${ms(medianOf(app, 'mapLibraryStart'))} / ${ms(medianOf(app, 'mapLibraryEnd'))} | ${ms(medianOf(bare, 'mapLibraryStart'))} / ${ms(medianOf(bare, 'mapLibraryEnd'))} | | |`,
    `| Total blocking time (FCP, or navigation without FCP, to map drawn) | ${ms(tbt)} | ${ms(medianOf(bare, 'tbt'))} | <= 150 ms | ${verdict(tbt <= 150)} |`,
    `| of which before the map library arrived | ${ms(medianOf(app, 'tbtBeforeMap'))} | ${ms(medianOf(bare, 'tbtBeforeMap'))} | | |`,
    `| Blocking time from navigation to map drawn (one window for both: the bare page's FCP is its map) | ${ms(medianOf(app, 'blockingFromNavigation'))} | ${ms(medianOf(bare, 'blockingFromNavigation'))} | | |`,
    `| CLS | ${cls.toFixed(4)} | ${medianOf(bare, 'cls').toFixed(4)} | <= 0.02 | ${verdict(cls <= 0.02)} |`,
    `| Map drawn (last idle) | ${ms(appDrawn)} | ${ms(bareDrawn)} | | |`,
    `| Map drawn, app / bare | ${ratio.toFixed(2)}x | 1.00x | <= 1.15x | ${verdict(ratio <= 1.15)} |`,
    `| Same, median of the per-run ratios (each app load against the bare load right after it) | ${pairRatio.toFixed(2)}x | | <= 1.15x | ${verdict(pairRatio <= 1.15)} |`,
    '',
    `Per run (app drawn ms): ${app.map((r) => ms(r.drawn)).join(', ')}; (bare drawn ms): ${bare.map((r) => ms(r.drawn)).join(', ')}; (app LCP): ${app.map((r) => ms(r.lcp)).join(', ')}`,
    '',
  ];
  return lines.join('\n');
}

function clickRow(label: string, records: ClickRecord[], expected: number): string {
  const durations = records.map((r) => r.paintTime - r.t0);
  const p95 = percentile(durations, 95);
  const max = durations.length > 0 ? Math.max(...durations) : Number.NaN;
  return `| ${label} | ${records.length}/${expected} | ${ms(percentile(durations, 50))} | ${ms(p95)} | ${ms(max)} | ${verdict(records.length >= Math.min(20, expected) && p95 <= 100)} |`;
}

async function main(): Promise<void> {
  const app = await startApp(root);
  // Ctrl-C must not leave `next start` behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.stop().finally(() => process.exit(130)));
  }
  let bare: Awaited<ReturnType<typeof startBareServer>> | null = null;
  let browser: Browser | null = null;
  try {
    const placesResponse = await fetch(`${app.baseURL}/api/places`);
    if (!placesResponse.ok) throw new Error(`${app.baseURL}/api/places answered ${placesResponse.status}`);
    const placesBytes = Buffer.from(await placesResponse.arrayBuffer());
    const places = JSON.parse(placesBytes.toString('utf8')) as PlacesCollection;
    const top = [...places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)[0]?.properties;
    if (!top) throw new Error('/api/places has no places: generate the corpus first.');
    bare = await startBareServer({ root, appURL: app.baseURL, placesBytes, style: bareMapStyle(places) });
    browser = await launchChromium();

    const pages = [
      { label: 'Overview `/`', path: '/', selected: null as string | null },
      { label: `Place \`/places/${top.id}\` (most mentioned)`, path: `/places/${top.id}`, selected: top.id },
    ];
    const targets = [];
    for (const p of pages) {
      const { w, h, view } = await calibrate(browser, `${app.baseURL}${p.path}`);
      const query = new URLSearchParams({ w: String(w), h: String(h), zoom: String(view.zoom), lat: String(view.lat), lon: String(view.lon) });
      if (p.selected) query.set('selected', p.selected);
      targets.push({ ...p, appURL: `${app.baseURL}${p.path}`, bareURL: `${bare.baseURL}/?${query}`, app: [] as LoadResult[], bare: [] as LoadResult[] });
    }
    for (let run = 1; ONLY !== 'clicks' && run <= RUNS; run++) {
      for (const t of targets) {
        // One failed load (a timeout on a busy machine) drops that pair, not the whole benchmark.
        try {
          const a = await measureLoad(browser, t.appURL);
          const b = await measureLoad(browser, t.bareURL);
          t.app.push(a);
          t.bare.push(b);
          console.error(`run ${run}/${RUNS} ${t.path}: app LCP ${ms(a.lcp)} drawn ${ms(a.drawn)} TBT ${ms(a.tbt)}; bare drawn ${ms(b.drawn)}`);
        } catch (error) {
          console.error(`run ${run}/${RUNS} ${t.path}: dropped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
        }
      }
    }

    const withClicks = ONLY !== 'load';
    // CLICK_SCENARIOS: a comma-separated choice of list, map (overview camera), dense (cluster-dense view).
    const scenarios = (process.env.CLICK_SCENARIOS ?? 'list,map,dense').split(',');
    const withList = withClicks && scenarios.includes('list');
    const withMap = withClicks && scenarios.includes('map');
    const withDense = withClicks && scenarios.includes('dense');
    const clicks = {
      listDesktop: withList ? await listClicks(browser, app.baseURL, places, 1) : [],
      listCpu4: withList ? await listClicks(browser, app.baseURL, places, 4) : [],
      mapDesktop: withMap ? await mapClicks(browser, app.baseURL, places, 1) : [],
      mapCpu4: withMap ? await mapClicks(browser, app.baseURL, places, 4) : [],
      mapDenseDesktop: withDense ? await mapClicks(browser, app.baseURL, places, 1, CLUSTER_DENSE_VIEW) : [],
      mapDenseCpu4: withDense ? await mapClicks(browser, app.baseURL, places, 4, CLUSTER_DENSE_VIEW) : [],
    };

    const report = [
      `Conditions: ${PHONE_DEVICE} emulation, ${SLOW_4G.latency} ms RTT, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbit/s down, ${(SLOW_4G.uploadThroughput * 8) / 1e3} kbit/s up, CPU ${PHONE_CPU_SLOWDOWN}x slower, cold cache, ${RUNS} runs (median).`,
      '',
      ...(ONLY === 'clicks' ? [] : targets.map((t) => loadTable(t.label, t.app, t.bare))),
      ...(withClicks
        ? [
            '### Click to excerpts painted (warm desktop page, 1280x800, hover first)',
            '',
            '| Clicks | Measured | p50 | p95 | max | p95 <= 100 ms |',
            '| --- | --- | --- | --- | --- | --- |',
            // Only the scenarios that ran (CLICK_SCENARIOS).
            ...(withList ? [clickRow('Place list, no CPU slowdown', clicks.listDesktop, CLICKS), clickRow('Place list, CPU 4x slower', clicks.listCpu4, CLICKS)] : []),
            ...(withMap
              ? [clickRow('Map (city circles), no CPU slowdown', clicks.mapDesktop, CLICKS), clickRow('Map (city circles), CPU 4x slower', clicks.mapCpu4, CLICKS)]
              : []),
            ...(withDense
              ? [
                  clickRow('Map, cluster-dense view (zoom 3 over Europe), no CPU slowdown', clicks.mapDenseDesktop, CLICKS),
                  clickRow('Map, cluster-dense view (zoom 3 over Europe), CPU 4x slower', clicks.mapDenseCpu4, CLICKS),
                ]
              : []),
            '',
          ]
        : []),
    ].join('\n');
    console.log(report);
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, targets, clicks }, null, 2)}\n`);
    console.error(`Raw figures: ${path.relative(root, OUT)}`);
  } finally {
    await browser?.close();
    await bare?.stop();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`page-load benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
