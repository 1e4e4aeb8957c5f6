import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as build from '../../lib/gazetteer/build';
import * as files from '../../lib/gazetteer/files';
import { indexGazetteerRecordLines, openGazetteerRecordsAt } from '../../lib/gazetteer/load';
import type { GazetteerRecord } from '../../lib/gazetteer/types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function gazetteerDir(recordsText: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-reader-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, build.RECORDS_FILE), recordsText);
  return dir;
}

const record = (id: string, extra: Partial<GazetteerRecord> = {}): GazetteerRecord => ({
  id, name: `${id.toUpperCase()} Ūnïcode`, kind: 'city', lon: 1, lat: 2, names: [id, `${id}, "quoted"`], bbox: [0, 1, 2, 3], ...extra,
});
const RECORDS = [record('a'), record('b-2', { kind: 'region', population: 5 }), record('c')];
const serialised = (records: GazetteerRecord[]): string => build.serialiseGazetteer({ records, shapes: {}, shapeLevels: {} }).records;

describe('reading gazetteer records by position', () => {
  it('indexes the build\'s one-record-per-line layout and reads any record by itself', () => {
    const dir = gazetteerDir(serialised(RECORDS));
    const index = indexGazetteerRecordLines(dir)!;
    expect(index.offsets).toHaveLength(4);
    const reader = openGazetteerRecordsAt(dir, index)!;
    expect(reader.count).toBe(3);
    expect(reader.record(2)).toEqual(RECORDS[2]);
    expect(reader.record(0)).toEqual(RECORDS[0]);
    expect(reader.record(1)).toEqual(RECORDS[1]);
    expect(() => reader.record(3)).toThrow(/no record 3/);
    expect(indexGazetteerRecordLines(gazetteerDir(serialised([])))!.offsets).toHaveLength(1);
  });

  it('declines another layout, and a file changed since it was indexed', () => {
    expect(indexGazetteerRecordLines(gazetteerDir(JSON.stringify(RECORDS)))).toBeNull();
    const dir = gazetteerDir(serialised(RECORDS));
    const index = indexGazetteerRecordLines(dir)!;
    writeFileSync(path.join(dir, build.RECORDS_FILE), serialised([RECORDS[1], RECORDS[0], RECORDS[2]]));
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, build.RECORDS_FILE), later, later);
    expect(openGazetteerRecordsAt(dir, index)).toBeNull();
    expect(openGazetteerRecordsAt(path.join(dir, 'missing'), index)).toBeNull();
  });

  it('names the file and the record when a line is broken', () => {
    const dir = gazetteerDir('[\n{"id":"a",\n]\n');
    const reader = openGazetteerRecordsAt(dir, indexGazetteerRecordLines(dir)!)!;
    expect(() => reader.record(0)).toThrow(/records\.json, record 0: not valid JSON/);
  });
});

describe('lib/gazetteer/files', () => {
  it('names the same directory and files as the build', () => {
    expect(files.GAZETTEER_DIR).toBe(build.DEFAULT_GAZETTEER_DIR);
    expect(files.GAZETTEER_PATH).toBe(build.DEFAULT_GAZETTEER_PATH);
    expect([files.RECORDS_FILE, files.SHAPES_FILE, files.SHAPE_LEVELS_FILE, files.STAMP_FILE]).toEqual([
      build.RECORDS_FILE, build.SHAPES_FILE, build.SHAPE_LEVELS_FILE, build.STAMP_FILE,
    ]);
  });
});
