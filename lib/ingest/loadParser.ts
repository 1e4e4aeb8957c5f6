// Loading the generated gazetteer (building it first when missing or stale) and preparing the geoparser
// for the ingest and geoparse scripts (Node fs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GAZETTEER_DIR, STAMP_FILE, ensureGazetteer, formatSummary } from '../gazetteer/build';
import { loadGazetteer } from '../gazetteer/load';
import { createParserSetup } from './parserSetup';
import type { ParserSetup } from './runIngest';
import { hashSources } from './sourceVersion';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Bump when the ingest's use of mentions changes in a way the cache must not survive. */
const INGEST_CACHE_FORMAT = 'mentions-v1';

export interface LoadParserOptions {
  log(line: string): void;
}

/**
 * The gazetteer comes from data/generated/gazetteer (built there when missing or stale, which takes a
 * while once), or as is from GAZETTEER_DIR when set (a prebuilt gazetteer, e.g. a test fixture). It does
 * not follow GENERATED_DIR: it does not depend on the corpus.
 */
export async function loadParserSetup(options: LoadParserOptions): Promise<ParserSetup> {
  const override = process.env.GAZETTEER_DIR;
  const dir = path.resolve(override || path.join(ROOT, DEFAULT_GAZETTEER_DIR));
  if (!override) {
    const built = ensureGazetteer(dir);
    if (built) options.log(formatSummary(built));
  }
  const gazetteer = loadGazetteer(dir);
  // The stamp identifies the gazetteer build (its code and source packages); without one, hash the data.
  const stamp = path.join(dir, STAMP_FILE);
  const gazetteerVersion = hashSources([existsSync(stamp) ? stamp : dir]);
  // The geoparser's code and the packages it reads word lists from (package-lock.json pins them).
  const parserVersion = hashSources([path.join(ROOT, 'lib', 'geoparse'), path.join(ROOT, 'package-lock.json')]);
  const version = `${INGEST_CACHE_FORMAT}:${gazetteerVersion}:${parserVersion}`;
  return createParserSetup(gazetteer.records, gazetteer.shapes, version);
}
