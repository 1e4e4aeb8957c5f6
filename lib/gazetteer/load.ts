// Reads the generated gazetteer (Node only). Memoised per directory: the files are several MB and the
// ingest and geoparser ask for them repeatedly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_GAZETTEER_DIR, RECORDS_FILE, SHAPES_FILE } from './build';
import type { Gazetteer, GazetteerRecords, GazetteerShapes } from './types';

const cache = new Map<string, Gazetteer>();

export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const target = path.resolve(dir);
  const cached = cache.get(target);
  if (cached) return cached;
  const records = readJson<GazetteerRecords>(path.join(target, RECORDS_FILE));
  const shapes = readJson<GazetteerShapes>(path.join(target, SHAPES_FILE));
  if (!Array.isArray(records)) throw new Error(`Gazetteer file ${path.join(target, RECORDS_FILE)} is not a JSON array of records.`);
  const gazetteer: Gazetteer = { records, shapes, byId: new Map(records.map((record) => [record.id, record])) };
  cache.set(target, gazetteer);
  return gazetteer;
}

/** Forgets loaded gazetteers (after a rebuild). */
export function clearGazetteerCache(): void {
  cache.clear();
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
