// Reads the generated gazetteer (Node only). Memoised per directory: the files are tens of MB and the
// ingest and geoparser ask for them repeatedly. A rebuild (new file mtime or size) is picked up.
import { openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { GAZETTEER_PATH as DEFAULT_GAZETTEER_PATH, RECORDS_FILE, SHAPES_FILE } from './files';
import { clearShapeLevelsCache } from './shapeLevels';
import type { Gazetteer, GazetteerRecord, GazetteerRecords, GazetteerShapes } from './types';

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
  clearShapeLevelsCache();
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

/** Records of the generated gazetteer, parsed one at a time as they are asked for. */
export interface GazetteerRecordReader {
  count: number;
  /** The record at `index` of loadGazetteer(dir).records. */
  record(index: number): GazetteerRecord;
}

/** Where each record's line lies in records.json, and which file that was (size and mtime). */
export interface RecordLineIndex {
  size: number;
  mtimeMs: number;
  /** Byte offset of record i's line; the last entry is the end of the last line. */
  offsets: number[];
}

/** The line index of records.json, or null when the file is not in the one-record-per-line layout. */
export function indexGazetteerRecordLines(dir: string = DEFAULT_GAZETTEER_PATH): RecordLineIndex | null {
  const file = path.join(path.resolve(dir), RECORDS_FILE);
  const stat = statSync(file);
  const bytes = readFileSync(file);
  const NEWLINE = 10;
  // "[\n" ... "\n]\n"
  if (bytes.length < 4 || bytes[0] !== 91 || bytes[1] !== NEWLINE || bytes.subarray(bytes.length - 3).toString() !== '\n]\n') return null;
  const offsets: number[] = [];
  const end = bytes.length - 3;
  for (let start = 2; start < end;) {
    offsets.push(start);
    const newline = bytes.indexOf(NEWLINE, start);
    start = newline < 0 || newline > end ? end : newline + 1;
  }
  offsets.push(end + 1);
  return { size: stat.size, mtimeMs: stat.mtimeMs, offsets };
}

/**
 * Records read by position with a line index made earlier (indexGazetteerRecordLines): the build writes
 * one record per line (serialiseGazetteer), so the few hundred records a parser of one article needs
 * cost a few hundred small reads instead of reading and parsing 30 MB. Null when records.json is not the
 * file the index was made from. The file stays open for the process's lifetime (one descriptor).
 */
export function openGazetteerRecordsAt(dir: string, index: RecordLineIndex): GazetteerRecordReader | null {
  const file = path.join(path.resolve(dir), RECORDS_FILE);
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return null;
  }
  if (stat.size !== index.size || stat.mtimeMs !== index.mtimeMs) return null;
  const count = index.offsets.length - 1;
  const parsed = new Map<number, GazetteerRecord>();
  let fd: number | undefined;
  return {
    count,
    record(i) {
      let value = parsed.get(i);
      if (value) return value;
      if (!(i >= 0 && i < count)) throw new RangeError(`Gazetteer file ${file} has no record ${i}.`);
      fd ??= openSync(file, 'r');
      const length = index.offsets[i + 1] - index.offsets[i] - 1; // without the newline
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, index.offsets[i]);
      const line = buffer.toString('utf8');
      try {
        value = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as GazetteerRecord;
      } catch (error) {
        throw new Error(`Gazetteer file ${file}, record ${i}: not valid JSON (${(error as Error).message}); rebuild it with \`npm run gazetteer\`.`);
      }
      parsed.set(i, value);
      return value;
    },
  };
}
