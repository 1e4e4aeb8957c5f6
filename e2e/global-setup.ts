// Builds the app when its sources changed, starts `next start` on a free port, and stops it afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startNextServer } from '../scripts/lib/serverProcess';
import { sourceHash } from './build-stamp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, '.next', 'e2e-source-hash');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function buildIfNeeded(): void {
  const hash = sourceHash(root);
  const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync(path.join(root, '.next', 'BUILD_ID'));
  if (current && !process.env.E2E_REBUILD) return;
  console.log('[e2e] building the app (npm run build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; see the output above.');
  writeFileSync(stampFile, hash);
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external.replace(/\/$/, ''));
    return;
  }
  buildIfNeeded();
  const server = await startNextServer(root);
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
