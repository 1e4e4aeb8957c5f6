// The end-to-end run against the static export: builds out/ when the sources changed
// (npm run build:static), serves it with the `serve` package (a plain static file server, configured
// by static-host/serve.json) on a free port, and stops it afterwards. E2E_BASE_URL runs the suite
// against a static host that is already running instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildIfSourcesChanged } from './build-stamp';
import { startServerProcess } from '../scripts/lib/serverProcess';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Beside the export's build folder (scripts/static/build.ts), not in out/: out/ is what gets published.
const stampFile = path.join(root, '.next-export', 'e2e-source-hash');

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external.replace(/\/$/, ''));
    return;
  }
  buildIfSourcesChanged(root, 'build:static', stampFile, ['out/index.html', 'static-host/serve.json'], 'e2e-static');
  const serve = path.join(root, 'node_modules', '.bin', 'serve');
  const args = (port: number) => ['out', '--config', '../static-host/serve.json', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'];
  // NO_UPDATE_CHECK: serve would otherwise ask the registry for a newer version of itself.
  const server = await startServerProcess(serve, args, { cwd: root, env: { ...process.env, NO_UPDATE_CHECK: '1' } });
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
