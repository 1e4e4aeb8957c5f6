// Which inputs each output file was made from, so that a run rewrites only the files whose inputs
// changed. A fingerprint identifies everything a file's content depends on: an article document its
// article (cache key of the file, and id); a place's excerpts (hashed) the fingerprints of
// the articles that mention it, in order; places.geojson and manifest.json their own content. For each
// excerpts file the record also keeps the length of each article's run of excerpts in it, so that a run
// where one article changed splices that article's run into the file instead of serialising the
// excerpts of every article that names the place (every article names "the U.S."). The record is
// written with the outputs, through the same journal, so it always describes the files on disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Relative to the output directory. */
export const OUTPUT_RECORD = '.cache/outputs.json';
/** Bump when the serialisation of the outputs changes in a way the code version would not reveal. */
const OUTPUT_FORMAT = 'outputs-v5';

/** One article's run of excerpts in an excerpts file: its fingerprint and the run's length (UTF-16). */
export type ExcerptRun = [articleFingerprint: string, length: number];

export interface OutputRecord {
  /** Output path -> fingerprint. */
  files: Map<string, string>;
  /** Article fingerprints, referred to by position in `runs`. */
  articles: string[];
  /** Place id -> its excerpts file's runs, in file order: [article position, run length, ...]. */
  runs: Map<string, number[]>;
}

interface StoredRecord {
  version: string;
  files: Record<string, string>;
  articles: string[];
  runs: Record<string, number[]>;
}

const hash = (...parts: string[]): string => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);

/** The last run's record; empty when there is none or it is of another version. */
export function readOutputRecord(outDir: string, version: string): OutputRecord {
  const empty: OutputRecord = { files: new Map(), articles: [], runs: new Map() };
  let stored: Partial<StoredRecord>;
  try {
    stored = JSON.parse(readFileSync(path.join(outDir, OUTPUT_RECORD), 'utf8')) as Partial<StoredRecord>;
  } catch {
    return empty;
  }
  if (stored.version !== `${OUTPUT_FORMAT}:${version}` || !stored.files || !Array.isArray(stored.articles) || !stored.runs) return empty;
  return { files: new Map(Object.entries(stored.files)), articles: stored.articles, runs: new Map(Object.entries(stored.runs)) };
}

/** The runs of one place's excerpts file in a record, or undefined. */
export function excerptRunsOf(record: OutputRecord, placeId: string): ExcerptRun[] | undefined {
  const flat = record.runs.get(placeId);
  if (!flat) return undefined;
  const runs: ExcerptRun[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) runs.push([record.articles[flat[i]], flat[i + 1]]);
  return runs;
}

/** The record of this run, built as its outputs are decided. */
export class OutputRecordBuilder {
  readonly files = new Map<string, string>();
  private readonly articles: string[] = [];
  private readonly positions = new Map<string, number>();
  private readonly runs = new Map<string, number[]>();

  setRuns(placeId: string, runs: readonly ExcerptRun[]): void {
    this.runs.set(placeId, runs.flatMap(([fingerprint, length]) => [this.position(fingerprint), length]));
  }

  /** The place's runs as the previous record has them (its file is kept). */
  carryRuns(placeId: string, previous: OutputRecord): void {
    const flat = previous.runs.get(placeId)!;
    const moved = new Array<number>(flat.length);
    for (let i = 0; i + 1 < flat.length; i += 2) {
      moved[i] = this.position(previous.articles[flat[i]]);
      moved[i + 1] = flat[i + 1];
    }
    this.runs.set(placeId, moved);
  }

  serialise(version: string): string {
    const byKey = <T>(entries: Iterable<[string, T]>): Record<string, T> => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
    const stored: StoredRecord = { version: `${OUTPUT_FORMAT}:${version}`, files: byKey(this.files), articles: this.articles, runs: byKey(this.runs) };
    return `${JSON.stringify(stored)}\n`;
  }

  private position(fingerprint: string): number {
    let position = this.positions.get(fingerprint);
    if (position === undefined) {
      position = this.articles.length;
      this.articles.push(fingerprint);
      this.positions.set(fingerprint, position);
    }
    return position;
  }
}

/** An article document's inputs: the file (its cache key covers its name, content and the version
 *  that ingested it, hence the front matter and title too) and the article's id (which depends on the
 *  other files' names). Not hashed again: 96 bits of the key and the id are unique as they are. */
export function articleFingerprint(fileKey: string, id: string): string {
  return `${fileKey.slice(0, 24)}:${id}`;
}

/** `articles` are indices into `articleFingerprints` (corpus order). */
export function excerptsFingerprint(placeId: string, articles: readonly number[], articleFingerprints: readonly string[]): string {
  const digest = createHash('sha256').update(`excerpts\0${placeId}`);
  for (const i of articles) digest.update(`\0${articleFingerprints[i]}`);
  return digest.digest('hex').slice(0, 32);
}

export function contentFingerprint(content: string): string {
  return hash('content', content);
}
