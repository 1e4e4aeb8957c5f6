import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as build from '../../lib/gazetteer/build';
import * as files from '../../lib/gazetteer/files';
import { RECORDS_FILE, serialiseGazetteer } from '../../lib/gazetteer/build';
import { openGazetteerRecords } from '../../lib/gazetteer/load';
import type { GazetteerRecord } from '../../lib/gazetteer/types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function gazetteerDir(recordsText: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-reader-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, RECORDS_FILE), recordsText);
  return dir;
}

const record = (id: string, extra: Partial<GazetteerRecord> = {}): GazetteerRecord => ({ id, name: id.toUpperCase(), kind: 'city', lon: 1, lat: 2, names: [id, `${id}, "quoted"`], bbox: [0, 1, 2, 3], ...extra });
const RECORDS = [record('a'), record('b-2', { kind: 'region', population: 5 }), record('c')];

describe('openGazetteerRecords', () => {
  it('reads records by index and knows the ids, from the build\'s one-record-per-line layout', () => {
    const { records } = serialiseGazetteer({ records: RECORDS, shapes: {} });
    const reader = openGazetteerRecords(gazetteerDir(records));
    expect(reader.count).toBe(3);
    expect(reader.record(1)).toEqual(RECORDS[1]);
    expect(reader.record(2)).toEqual(RECORDS[2]);
    expect(reader.record(0)).toEqual(RECORDS[0]);
    expect(reader.hasId('b-2')).toBe(true);
    expect(reader.hasId('b')).toBe(false);
    expect(() => reader.record(3)).toThrow(/no record 3/);
  });

  it('reads any other layout whole, and an empty gazetteer', () => {
    const reader = openGazetteerRecords(gazetteerDir(JSON.stringify(RECORDS)));
    expect(reader.count).toBe(3);
    expect(reader.record(2)).toEqual(RECORDS[2]);
    expect(reader.hasId('c')).toBe(true);
    const { records: empty } = serialiseGazetteer({ records: [], shapes: {} });
    expect(openGazetteerRecords(gazetteerDir(empty)).count).toBe(0);
  });

  it('names the file when it is missing or a line is broken', () => {
    expect(() => openGazetteerRecords(path.join(tmpdir(), 'no-such-gazetteer'))).toThrow(/records\.json is missing/);
    const reader = openGazetteerRecords(gazetteerDir('[\n{"id":"a",\n]\n'));
    expect(() => reader.record(0)).toThrow(/record 0: not valid JSON/);
  });
});

describe('lib/gazetteer/files', () => {
  it('names the same directory and files as the build', () => {
    expect(files.GAZETTEER_DIR).toBe(build.DEFAULT_GAZETTEER_DIR);
    expect(files.GAZETTEER_PATH).toBe(build.DEFAULT_GAZETTEER_PATH);
    expect([files.RECORDS_FILE, files.SHAPES_FILE, files.STAMP_FILE]).toEqual([build.RECORDS_FILE, build.SHAPES_FILE, build.STAMP_FILE]);
  });
});
