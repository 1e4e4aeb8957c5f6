// Which inputs each output file was made from, so that a run rewrites only the files whose inputs
// changed. A fingerprint hashes everything a file's content depends on: an article document its
// article (cache key of the text, id, file name, front matter); a place's excerpts the fingerprints of
// the articles that mention it, in order; places.geojson and manifest.json their own content. The
// record is written with the outputs, through the same journal, so it always describes the files on disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PreparedArticle } from './prepareArticle';

/** Relative to the output directory. */
export const OUTPUT_RECORD = '.cache/outputs.json';
/** Bump when the serialisation of the outputs changes in a way the code version would not reveal. */
const OUTPUT_FORMAT = 'outputs-v2';

interface StoredRecord {
  version: string;
  files: Record<string, string>;
}

export type Fingerprints = Map<string, string>;

const hash = (...parts: string[]): string => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);

/** The fingerprints of the last run's outputs, empty when there is no record or it is of another version. */
export function readOutputRecord(outDir: string, version: string): Fingerprints {
  try {
    const stored = JSON.parse(readFileSync(path.join(outDir, OUTPUT_RECORD), 'utf8')) as Partial<StoredRecord>;
    if (stored.version !== `${OUTPUT_FORMAT}:${version}` || !stored.files || typeof stored.files !== 'object') return new Map();
    return new Map(Object.entries(stored.files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

export function serialiseOutputRecord(version: string, fingerprints: Fingerprints): string {
  const stored: StoredRecord = { version: `${OUTPUT_FORMAT}:${version}`, files: Object.fromEntries([...fingerprints].sort(([a], [b]) => (a < b ? -1 : 1))) };
  return `${JSON.stringify(stored)}\n`;
}

/** `textKey` identifies the text and the version that analysed it (the analysis cache key). */
export function articleFingerprint(textKey: string, article: PreparedArticle): string {
  return hash('article', textKey, article.id, article.fileName, article.title, article.source ?? '\u0001', article.url ?? '\u0001', article.publishedAt ?? '\u0001');
}

export function excerptsFingerprint(placeId: string, articleFingerprints: readonly string[]): string {
  return hash('excerpts', placeId, ...articleFingerprints);
}

export function contentFingerprint(content: string): string {
  return hash('content', content);
}
