// Builds the gazetteer from the installed registry packages and writes it (Node only).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assembleGazetteer, type GazetteerBuild } from './assemble';
import { PROJECT_ROOT } from './projectRoot';
import { loadCitySources } from './sources/cities';
import { loadCountrySources } from './sources/countries';
import { SOURCE_PACKAGES, packageVersion } from './sources/packages';
import { loadRegionSources } from './sources/regions';

/** Where the gazetteer is generated, relative to the project root. */
export const DEFAULT_GAZETTEER_DIR = path.join('data', 'generated', 'gazetteer');
/** DEFAULT_GAZETTEER_DIR made absolute (the default of every function here; a relative `dir` argument is
 *  taken relative to the working directory). */
export const DEFAULT_GAZETTEER_PATH = path.join(PROJECT_ROOT, DEFAULT_GAZETTEER_DIR);
export const RECORDS_FILE = 'records.json';
export const SHAPES_FILE = 'shapes.json';
export const SHAPE_LEVELS_FILE = 'shape-levels.json';
export const STAMP_FILE = 'stamp.json';

/** Bump when the output format changes in a way the code hash would not reveal. */
const FORMAT_VERSION = 2;

/** Source files whose change makes a built gazetteer stale (relative to the project root). */
const CODE_DIRS = ['lib/gazetteer', 'lib/geometry'];
const CODE_FILES = ['scripts/build-gazetteer.ts'];

export function buildGazetteer(): GazetteerBuild {
  const { countries, alpha2ByAlpha3, arcs } = loadCountrySources();
  const { regions, arcs: regionArcs } = loadRegionSources(alpha2ByAlpha3);
  const cities = loadCitySources();
  return assembleGazetteer({ countries, regions, cities, countryArcs: arcs, regionArcs });
}

export interface GazetteerFiles {
  records: string;
  shapes: string;
  shapeLevels: string;
}

/** Deterministic serialisation: one record / shape per line, keys in the order the build fixed. */
export function serialiseGazetteer(build: GazetteerBuild): GazetteerFiles {
  const records = `[\n${build.records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
  const byLine = (entries: Record<string, unknown>): string =>
    `{\n${Object.entries(entries)
      .map(([id, value]) => `${JSON.stringify(id)}:${JSON.stringify(value)}`)
      .join(',\n')}\n}\n`;
  return { records, shapes: byLine(build.shapes), shapeLevels: byLine(build.shapeLevels) };
}

/** What the current code and installed packages would produce; compared with the stamp on disk. */
export function currentStamp(projectRoot = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  const files = [
    ...CODE_DIRS.flatMap((dir) => listTypeScript(path.join(projectRoot, dir))),
    ...CODE_FILES.map((file) => path.join(projectRoot, file)),
  ].sort();
  for (const file of files) {
    hash.update(path.relative(projectRoot, file));
    hash.update('\0');
    hash.update(readOrEmpty(file));
    hash.update('\0');
  }
  const packages = Object.fromEntries(SOURCE_PACKAGES.map((name) => [name, packageVersion(name)]));
  return `${JSON.stringify({ formatVersion: FORMAT_VERSION, packages, code: hash.digest('hex') }, null, 2)}\n`;
}

export interface WriteSummary {
  dir: string;
  counts: Record<string, number>;
  recordsBytes: number;
  shapesBytes: number;
  shapeLevelsBytes: number;
  milliseconds: number;
}

/** Builds and writes records.json, shapes.json and the stamp into `dir` (files replaced atomically). */
export function writeGazetteer(dir = DEFAULT_GAZETTEER_PATH): WriteSummary {
  return withBuildLock(dir, () => buildAndWrite(dir));
}

function buildAndWrite(dir: string): WriteSummary {
  const started = Date.now();
  const target = path.resolve(dir);
  // Taken before building: if the code changes while the build runs, the result must look stale.
  const stamp = currentStamp();
  const build = buildGazetteer();
  const files = serialiseGazetteer(build);
  mkdirSync(target, { recursive: true });
  writeAtomically(path.join(target, RECORDS_FILE), files.records);
  writeAtomically(path.join(target, SHAPES_FILE), files.shapes);
  writeAtomically(path.join(target, SHAPE_LEVELS_FILE), files.shapeLevels);
  // The stamp goes last: a build interrupted before it is seen as stale next time.
  writeAtomically(path.join(target, STAMP_FILE), stamp);
  const counts: Record<string, number> = {};
  for (const record of build.records) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  return {
    dir: target,
    counts,
    recordsBytes: Buffer.byteLength(files.records),
    shapesBytes: Buffer.byteLength(files.shapes),
    shapeLevelsBytes: Buffer.byteLength(files.shapeLevels),
    milliseconds: Date.now() - started,
  };
}

/** True when the gazetteer files in `dir` are missing or were built by other code or package versions. */
export function isGazetteerStale(dir = DEFAULT_GAZETTEER_PATH): boolean {
  const target = path.resolve(dir);
  for (const file of [RECORDS_FILE, SHAPES_FILE, SHAPE_LEVELS_FILE]) {
    if (!isFile(path.join(target, file))) return true;
  }
  return readOrEmpty(path.join(target, STAMP_FILE)) !== currentStamp();
}

/** Builds the gazetteer when it is missing or stale; returns the summary of the build, or null when the
 *  files were up to date. */
export function ensureGazetteer(dir = DEFAULT_GAZETTEER_PATH): WriteSummary | null {
  if (!isGazetteerStale(dir)) return null;
  // Another process (a parallel test file, a second ingest) may be building it right now: wait for it
  // and look again rather than build the same thing twice.
  return withBuildLock(dir, () => (isGazetteerStale(dir) ? buildAndWrite(dir) : null));
}

const LOCK_FILE = '.build.lock';
/** How long to wait for another process's build before giving up. */
const LOCK_WAIT_MS = 10 * 60_000;
const LOCK_POLL_MS = 200;

/** Runs `work` holding an exclusive lock file in `dir` (holding the builder's pid, so that the lock of a
 *  killed build is recognised and taken over). */
function withBuildLock<T>(dir: string, work: () => T): T {
  const target = path.resolve(dir);
  mkdirSync(target, { recursive: true });
  const lock = path.join(target, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!isLockHolderAlive(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Gazetteer: gave up waiting for the build holding ${lock}; remove it if no build is running.`);
    sleepSync(LOCK_POLL_MS);
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isLockHolderAlive(lock: string): boolean {
  const pid = Number(readOrEmpty(lock).trim());
  // A lock file being written right now may still be empty: treat it as held.
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function formatSummary(summary: WriteSummary): string {
  const counts = Object.entries(summary.counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  return `gazetteer: ${counts}; records.json ${mb(summary.recordsBytes)}, shapes.json ${mb(summary.shapesBytes)}, shape-levels.json ${mb(summary.shapeLevelsBytes)}; ${(summary.milliseconds / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), summary.dir) || '.'}`;
}

function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

function listTypeScript(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts')).map((entry) => path.join(dir, entry));
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
