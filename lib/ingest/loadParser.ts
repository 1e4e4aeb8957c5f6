// Loading the generated gazetteer and preparing the geoparser for the ingest and geoparse scripts (Node fs).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerRecords, GazetteerShapes } from '../gazetteer/types';
import { createParserSetup } from './parserSetup';
import type { ParserSetup } from './runIngest';
import { hashSources } from './sourceVersion';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Bump when the ingest's use of mentions changes in a way the cache must not survive. */
const INGEST_CACHE_FORMAT = 'mentions-v1';

export interface LoadParserOptions {
  log(line: string): void;
}

export function gazetteerDir(): string {
  return path.resolve(process.env.GAZETTEER_DIR || path.join(ROOT, 'data', 'generated', 'gazetteer'));
}

export async function loadParserSetup(options: LoadParserOptions): Promise<ParserSetup> {
  void options;
  const dir = gazetteerDir();
  const records = JSON.parse(await readFile(path.join(dir, 'records.json'), 'utf8')) as GazetteerRecords;
  const shapes = JSON.parse(await readFile(path.join(dir, 'shapes.json'), 'utf8')) as GazetteerShapes;
  const version = `${INGEST_CACHE_FORMAT}:${hashSources([dir, path.join(ROOT, 'lib', 'geoparse')])}`;
  return createParserSetup(records, shapes, version);
}
