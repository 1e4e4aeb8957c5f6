// `npm run build:static`: the static export into out/ (STATIC_EXPORT=1 next build) and the static
// host's configuration (static-host/serve.json). Next builds an export in .next/ whatever distDir says,
// which is also where the `next start` build lives: that one is kept aside while the export builds and
// put back afterwards, so `next start`, its benchmarks and its end-to-end run keep working.
// The corpus must be generated first (npm run prepare-data, which `npm run build:static` runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveConfig } from '../../lib/http/staticHostConfig';
import { extraConnectSourcesFrom } from '../../lib/security/headers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = path.join(root, '.next');
/** The `next start` build while the export builds. */
const serverBuildAside = path.join(root, '.next-server-aside');
/** The export's own build folder between runs (Next reuses its cache). */
const exportBuildDir = path.join(root, '.next-export');

function move(from: string, to: string): void {
  if (!existsSync(from)) return;
  rmSync(to, { recursive: true, force: true });
  renameSync(from, to);
}

// A run that was killed midway left the export's build in .next and the server's aside: undo that first.
if (existsSync(serverBuildAside)) {
  move(buildDir, exportBuildDir);
  move(serverBuildAside, buildDir);
}

move(buildDir, serverBuildAside);
move(exportBuildDir, buildDir);
let status: number | null;
try {
  const next = path.join(root, 'node_modules', '.bin', 'next');
  status = spawnSync(next, ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, STATIC_EXPORT: '1' } }).status;
} finally {
  move(buildDir, exportBuildDir);
  move(serverBuildAside, buildDir);
}
if (status !== 0) {
  console.error('build:static: next build (static export) failed; see above.');
  process.exit(status ?? 1);
}
// The configuration `npm run serve:static` (the `serve` package) reads: serve.json beside out/, not in it.
const hostDir = path.join(root, 'static-host');
mkdirSync(hostDir, { recursive: true });
const config = serveConfig({ extraConnectSources: extraConnectSourcesFrom(process.env) });
writeFileSync(path.join(hostDir, 'serve.json'), `${JSON.stringify(config, null, 2)}\n`);
console.log('build:static: out/ and static-host/serve.json written; serve them with npm run serve:static');
