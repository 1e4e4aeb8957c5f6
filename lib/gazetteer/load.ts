// Reads the generated gazetteer (Node only). Memoised per directory: the files are tens of MB and the
// ingest and geoparser ask for them repeatedly. A rebuild (new file mtime or size) is picked up.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_GAZETTEER_PATH, RECORDS_FILE, SHAPES_FILE } from './build';
import type { Gazetteer, GazetteerRecords, GazetteerShapes } from './types';

const cache = new Map<string, { version: string; gazetteer: Gazetteer }>();

export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_PATH): Gazetteer {
  const target = path.resolve(dir);
  const recordsFile = path.join(target, RECORDS_FILE);
  const shapesFile = path.join(target, SHAPES_FILE);
  const version = `${fileVersion(recordsFile)}|${fileVersion(shapesFile)}`;
  const cached = cache.get(target);
  if (cached && cached.version === version) return cached.gazetteer;
  const records = readJson<GazetteerRecords>(recordsFile);
  const shapes = readJson<GazetteerShapes>(shapesFile);
  if (!Array.isArray(records)) throw new Error(`Gazetteer file ${recordsFile} is not a JSON array of records; rebuild it with \`npm run gazetteer\`.`);
  if (shapes === null || typeof shapes !== 'object' || Array.isArray(shapes)) {
    throw new Error(`Gazetteer file ${shapesFile} is not a JSON object of shapes; rebuild it with \`npm run gazetteer\`.`);
  }
  const gazetteer: Gazetteer = { records, shapes, byId: new Map(records.map((record) => [record.id, record])) };
  cache.set(target, { version, gazetteer });
  return gazetteer;
}

/** Forgets loaded gazetteers. */
export function clearGazetteerCache(): void {
  cache.clear();
}

function fileVersion(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    throw new Error(`Gazetteer file ${file} is missing; run \`npm run gazetteer\` to build it.`);
  }
}

function readJson<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Gazetteer file ${file} is missing; run \`npm run gazetteer\` to build it.`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`Gazetteer file ${file} is not valid JSON (${(error as Error).message}); rebuild it with \`npm run gazetteer\`.`);
  }
}
