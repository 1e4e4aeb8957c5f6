// The end-to-end run against the static export: builds out/ when the sources changed
// (npm run build:static), serves it with the `serve` package (a plain static file server, configured
// by static-host/serve.json) on a free port, and stops it afterwards. E2E_BASE_URL runs the suite
// against a static host that is already running instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { sourceHash } from './build-stamp';
import { startServerProcess } from '../scripts/lib/serverProcess';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Beside the export's build folder (scripts/static/build.ts), not in out/: out/ is what gets published.
const stampFile = path.join(root, '.next-export', 'e2e-source-hash');

function buildIfNeeded(): void {
  const hash = sourceHash(root);
  const built = existsSync(path.join(root, 'out', 'index.html')) && existsSync(path.join(root, 'static-host', 'serve.json'));
  if (built && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && !process.env.E2E_REBUILD) return;
  console.log('[e2e-static] building the static export (npm run build:static)…');
  const result = spawnSync('npm', ['run', '--silent', 'build:static'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:static failed; see the output above.');
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, hash);
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external.replace(/\/$/, ''));
    return;
  }
  buildIfNeeded();
  const serve = path.join(root, 'node_modules', '.bin', 'serve');
  const args = (port: number) => ['out', '--config', '../static-host/serve.json', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'];
  // NO_UPDATE_CHECK: serve would otherwise ask the registry for a newer version of itself.
  const server = await startServerProcess(serve, args, { cwd: root, env: { ...process.env, NO_UPDATE_CHECK: '1' } });
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
