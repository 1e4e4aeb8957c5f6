import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER_PATH, RECORDS_FILE, SHAPES_FILE, buildGazetteer, isGazetteerStale, serialiseGazetteer } from '../../lib/gazetteer/build';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer } from './gazetteer-fixture';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('gazetteer determinism', () => {
  beforeAll(() => {
    generatedGazetteer();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  it(
    'a fresh build is byte-identical to the files on disk',
    () => {
      // The files on disk come from an earlier build by the same code (the stamp says so).
      expect(isGazetteerStale(DEFAULT_GAZETTEER_PATH)).toBe(false);
      const fresh = serialiseGazetteer(buildGazetteer());
      const onDisk = {
        records: readFileSync(path.join(DEFAULT_GAZETTEER_PATH, RECORDS_FILE), 'utf8'),
        shapes: readFileSync(path.join(DEFAULT_GAZETTEER_PATH, SHAPES_FILE), 'utf8'),
      };
      expect(sha256(fresh.records)).toBe(sha256(onDisk.records));
      expect(sha256(fresh.shapes)).toBe(sha256(onDisk.shapes));
    },
    GAZETTEER_BUILD_TIMEOUT_MS,
  );
});
