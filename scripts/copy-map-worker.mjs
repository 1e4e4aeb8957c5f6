// maplibre-gl 6 loads its web worker from a separate module file; serve it from public/ so the
// bundled app can draw (the map component points maplibre at it with setWorkerUrl).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('maplibre-gl/package.json'));
mkdirSync('public', { recursive: true });
copyFileSync(path.join(dist, 'dist', 'maplibre-gl-worker.mjs'), path.join('public', 'maplibre-gl-worker.mjs'));
