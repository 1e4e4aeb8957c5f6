// Builds the app when its sources changed, starts `next start` on a free port, and stops it afterwards.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startNextServer } from '../scripts/lib/serverProcess';
import { buildIfSourcesChanged } from './build-stamp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, '.next', 'e2e-source-hash');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external.replace(/\/$/, ''));
    return;
  }
  buildIfSourcesChanged(root, 'build', stampFile, ['.next/BUILD_ID'], 'e2e');
  const server = await startNextServer(root);
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
