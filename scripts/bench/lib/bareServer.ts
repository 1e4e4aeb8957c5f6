// A tiny static server for the bare map page: maplibre's own dist files, the app's places bytes, the
// serialised style, and any other path (basemap GeoJSON, glyphs) fetched once from the app and served as is.
// Compressible bodies are gzipped like `next start` does, so transfer sizes compare fairly.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { StyleSpecification } from 'maplibre-gl';
import { freePort } from './appServer';

export interface BareServer {
  baseURL: string;
  stop: () => Promise<void>;
}

interface Body {
  type: string;
  bytes: Buffer;
  gzipped: Buffer | null;
}

const COMPRESSIBLE = /json|javascript|css|html|text|svg/;

function body(type: string, bytes: Buffer): Body {
  return { type, bytes, gzipped: COMPRESSIBLE.test(type) ? gzipSync(bytes) : null };
}

export async function startBareServer(options: {
  root: string;
  appURL: string;
  placesBytes: Buffer;
  style: StyleSpecification;
}): Promise<BareServer> {
  const { root, appURL, placesBytes, style } = options;
  const dist = path.join(root, 'node_modules', 'maplibre-gl', 'dist');
  const page = path.join(root, 'bench', 'bare-map');
  const styleJson = JSON.stringify(style).replace(/</g, '\\u003c');
  const files = new Map<string, Body>([
    ['/', body('text/html; charset=utf-8', Buffer.from(readFileSync(path.join(page, 'index.html'), 'utf8').replace('__BARE_STYLE__', styleJson)))],
    ['/bare-map.mjs', body('text/javascript', readFileSync(path.join(page, 'bare-map.mjs')))],
    ['/maplibre-gl.mjs', body('text/javascript', readFileSync(path.join(dist, 'maplibre-gl.mjs')))],
    ['/maplibre-gl-worker.mjs', body('text/javascript', readFileSync(path.join(dist, 'maplibre-gl-worker.mjs')))],
    ['/maplibre-gl.css', body('text/css', readFileSync(path.join(dist, 'maplibre-gl.css')))],
    ['/places.json', body('application/json', placesBytes)],
  ]);

  const fromApp = async (pathname: string): Promise<Body | null> => {
    const response = await fetch(`${appURL}${pathname}`);
    if (!response.ok) return null;
    return body(response.headers.get('content-type') ?? 'application/octet-stream', Buffer.from(await response.arrayBuffer()));
  };

  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://bare').pathname;
    const known = files.get(pathname);
    const found = known ? Promise.resolve(known) : fromApp(pathname).then((b) => (b && files.set(pathname, b), b));
    found
      .then((b) => {
        if (!b) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
          return;
        }
        const gzip = b.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        response.writeHead(200, {
          'content-type': b.type,
          'cache-control': 'no-cache',
          ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
        });
        response.end(gzip ? b.gzipped : b.bytes);
      })
      .catch((error: Error) => response.writeHead(502, { 'content-type': 'text/plain' }).end(`Proxy error: ${error.message}`));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    baseURL: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
