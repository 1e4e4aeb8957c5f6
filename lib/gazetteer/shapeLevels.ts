// Reads data/generated/gazetteer/shape-levels.json (Node only) for the ingest: the coarser levels of
// detail and the neighbours of each shape. The file holds every shape at five more levels (~12 MB); a
// corpus names a few hundred of them, so the file is kept as bytes with an index of its lines (the build
// writes one shape per line) and a shape is parsed only when asked for: parsing it all would add ~60 MB
// of coordinate arrays to the fresh ingest's peak memory. Memoised per file; a rebuild is picked up.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GAZETTEER_PATH as DEFAULT_GAZETTEER_PATH, SHAPE_LEVELS_FILE } from './files';
import type { ShapeLevels, ShapeLevelsOf } from './types';

const cache = new Map<string, { version: string; levelsOf: ShapeLevelsOf }>();

/** Undefined when the directory has no shape-levels.json (a prebuilt gazetteer of records and shapes
 *  only, e.g. a test fixture): every shape then has its one level. */
export function loadShapeLevels(dir: string = DEFAULT_GAZETTEER_PATH): ShapeLevelsOf | undefined {
  const file = path.join(path.resolve(dir), SHAPE_LEVELS_FILE);
  let version: string;
  try {
    const stat = statSync(file);
    version = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached && cached.version === version) return cached.levelsOf;
  const levelsOf = readShapeLevels(file);
  cache.set(file, { version, levelsOf });
  return levelsOf;
}

export function clearShapeLevelsCache(): void {
  cache.clear();
}

const NEWLINE = 10;

function readShapeLevels(file: string): ShapeLevelsOf {
  const bytes = readFileSync(file);
  const broken = (why: string): Error =>
    new Error(`Gazetteer file ${file} is not a JSON object of shape levels (${why}); rebuild it with \`npm run gazetteer\`.`);
  // "{\n" + one `"id":{...}` line per shape, each but the last ending in "," + "\n}\n" (serialiseGazetteer).
  if (bytes.length < 4 || bytes.subarray(0, 2).toString() !== '{\n' || bytes.subarray(bytes.length - 3).toString() !== '\n}\n') {
    throw broken('not one shape per line');
  }
  const lines = new Map<string, { start: number; end: number }>();
  const last = bytes.length - 3;
  for (let start = 2; start < last;) {
    const newline = bytes.indexOf(NEWLINE, start);
    const lineEnd = newline < 0 || newline > last ? last : newline;
    const keyEnd = bytes.indexOf('":', start);
    if (keyEnd < 0 || keyEnd >= lineEnd) throw broken(`no key on the line at byte ${start}`);
    const id = JSON.parse(bytes.toString('utf8', start, keyEnd + 1)) as string;
    const end = bytes[lineEnd - 1] === 44 /* , */ ? lineEnd - 1 : lineEnd;
    lines.set(id, { start: keyEnd + 2, end });
    start = lineEnd + 1;
  }
  const parsed = new Map<string, ShapeLevels>();
  return (id) => {
    let levels = parsed.get(id);
    if (levels) return levels;
    const line = lines.get(id);
    if (!line) return undefined;
    try {
      levels = JSON.parse(bytes.toString('utf8', line.start, line.end)) as ShapeLevels;
    } catch (error) {
      throw broken(`the line of "${id}": ${(error as Error).message}`);
    }
    if (!Array.isArray(levels?.neighbours) || !Array.isArray(levels.coarser)) throw broken(`"${id}" has no neighbours and coarser levels`);
    parsed.set(id, levels);
    return levels;
  };
}
