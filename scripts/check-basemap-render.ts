// Visual proof of the offline basemap: serves public/ (plus maplibre-gl's dist files) on 127.0.0.1,
// renders the light and dark styles in headless Chromium, fails if any request leaves 127.0.0.1 or
// the map reports an error, and saves docs/basemap-{light,dark}.png.
//   npx tsx scripts/check-basemap-render.ts [--center=lon,lat] [--zoom=z] [--out=dir]
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildBasemapStyle } from '../lib/map/basemapStyle';
import type { MapTheme } from '../lib/map/palette';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const publicDir = path.join(root, 'public');
const maplibreDist = path.dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
};

function argument(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

function page(theme: MapTheme, center: [number, number], zoom: number): string {
  const style = JSON.stringify(buildBasemapStyle({ theme }));
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/vendor/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%;width:100%}</style></head>
<body><div id="map"></div><script type="module">
import { Map, setWorkerUrl } from '/vendor/maplibre-gl.mjs';
setWorkerUrl('/vendor/maplibre-gl-worker.mjs');
window.__errors = [];
const map = new Map({ container: 'map', style: ${style}, center: ${JSON.stringify(center)}, zoom: ${zoom}, attributionControl: { compact: false } });
map.on('error', (e) => window.__errors.push(String(e.error && e.error.message || e.error)));
map.once('idle', () => { window.__idle = true; });
</script></body></html>`;
}

function startServer(theme: { current: MapTheme }, center: [number, number], zoom: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] });
      res.end(page(theme.current, center, zoom));
      return;
    }
    const file = pathname.startsWith('/vendor/')
      ? path.join(maplibreDist, path.basename(pathname))
      : path.join(publicDir, path.normalize(pathname));
    if (!file.startsWith(publicDir) && !file.startsWith(maplibreDist)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(publicDir, 'generated', 'basemap', 'countries.geojson'))) {
    throw new Error('public/generated/basemap is missing: run `npm run basemap` first');
  }
  const [lon, lat] = argument('center', '36,51').split(',').map(Number);
  const zoom = Number(argument('zoom', '4.2'));
  const outDir = path.resolve(root, argument('out', 'docs'));
  mkdirSync(outDir, { recursive: true });

  const theme = { current: 'light' as MapTheme };
  const server = await startServer(theme, [lon, lat], zoom);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const failures: string[] = [];
  try {
    for (const current of ['light', 'dark'] as const) {
      theme.current = current;
      const context = await browser.newContext({ viewport: { width: 1200, height: 750 } });
      const tab = await context.newPage();
      const offsite: string[] = [];
      const missing: string[] = [];
      tab.on('request', (request) => {
        if (new URL(request.url()).hostname !== '127.0.0.1') offsite.push(request.url());
      });
      tab.on('response', (response) => {
        if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
      });
      // Nothing may leave the machine: abort anything not addressed to the local server.
      await tab.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
      await tab.goto(`http://127.0.0.1:${port}/`);
      await tab.waitForFunction(() => (window as unknown as { __idle?: boolean }).__idle === true, null, { timeout: 60_000 });
      const errors = await tab.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
      const file = path.join(outDir, `basemap-${current}.png`);
      await tab.screenshot({ path: file });
      console.log(`${current}: saved ${path.relative(root, file)}`);
      if (offsite.length) failures.push(`${current}: requests left 127.0.0.1: ${offsite.join(', ')}`);
      if (missing.length) failures.push(`${current}: failed responses: ${missing.join(', ')}`);
      if (errors.length) failures.push(`${current}: map errors: ${errors.join('; ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log('ok: every request stayed on 127.0.0.1, no map errors');
}

main().catch((error: unknown) => {
  console.error(`check-basemap-render: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
