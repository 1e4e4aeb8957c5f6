// The synthetic corpus as a whole: the place pool from the gazetteer and the articles, in file order.
// Pure: the script that writes the files is scripts/generate-corpus.ts.
import type { GazetteerRecord } from '../gazetteer/types';
import { generateArticle, type SyntheticArticle } from './article';
import { selectPlacePool, type PlacePool } from './newsPlaces';

export interface SyntheticCorpusOptions {
  count: number;
  seed: number;
  /** Target article body length in characters (default 4,000). */
  length?: number;
}

/** Bump when the generated text changes for the same options, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

export const DEFAULT_CORPUS_OPTIONS: SyntheticCorpusOptions = { count: 10_000, seed: 1 };

/** Articles 0 .. count-1. Same records and options give the same articles, byte for byte. */
export function* generateCorpus(records: readonly GazetteerRecord[], options: SyntheticCorpusOptions): Generator<SyntheticArticle> {
  const pool: PlacePool = selectPlacePool(records, { seed: options.seed });
  for (let index = 0; index < options.count; index++) yield generateArticle(index, pool, { seed: options.seed, length: options.length });
}

/** What scripts/generate-corpus.ts records beside the files (".synthetic-corpus.json"): a corpus is
 *  reused only when this is unchanged. `gazetteerVersion` identifies the gazetteer it was drawn from. */
export function corpusMarker(options: SyntheticCorpusOptions, gazetteerVersion: string): string {
  const marker = { generatorVersion: GENERATOR_VERSION, count: options.count, seed: options.seed, length: options.length ?? 4000, gazetteerVersion };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** "corpus-10k" for 10,000 articles, "corpus-250" for 250. */
export function defaultCorpusDirName(count: number): string {
  return `corpus-${count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : count}`;
}
