// A parser for a few texts from part of the gazetteer: the records whose names can start at one of the
// texts' capitalised words. It finds exactly what a parser of the whole gazetteer finds in those texts
// (tests/unit/geoparse-subset.test.ts) and is built in milliseconds instead of a second, which is what
// re-ingesting one changed article needs.
import type { GazetteerRecord } from '../gazetteer/types';
import { createGeoparser, geoparserFromIndex, indexRecords, type Geoparser } from './index';
import { recordsByFirstToken, type NameIndex } from './name-index';
import { tokenize } from './tokenize';

/** What a subset parser needs to know about the whole gazetteer (serialisable as JSON). */
export interface SubsetKeys {
  /** Number of records of the whole gazetteer (a check that keys and records belong together). */
  recordCount: number;
  /** First token of a surface form -> ascending record indices (recordsByFirstToken). */
  byFirstToken: Record<string, number[]>;
  /** The whole gazetteer's ambiguous demonyms. */
  ambiguousDemonyms: string[];
}

/** A parser of the whole gazetteer, and the keys for subset parsers from the same index build. */
export function createFullGeoparser(records: GazetteerRecord[]): { parser: Geoparser; keys(): SubsetKeys } {
  const index = indexRecords(records);
  return { parser: geoparserFromIndex(index), keys: () => subsetKeys(index) };
}

export function subsetKeys(index: NameIndex): SubsetKeys {
  return {
    recordCount: index.records.length,
    byFirstToken: Object.fromEntries(recordsByFirstToken(index)),
    ambiguousDemonyms: [...index.ambiguousDemonyms].sort(),
  };
}

/** Ascending indices of the records a parser of `texts` needs. */
export function recordsNeededFor(texts: readonly string[], keys: SubsetKeys): number[] {
  const needed = new Set<number>();
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (!token.isWord || !token.capitalised || seen.has(token.fold)) continue;
      seen.add(token.fold);
      const indices = Object.hasOwn(keys.byFirstToken, token.fold) ? keys.byFirstToken[token.fold] : undefined;
      if (indices) for (const r of indices) needed.add(r);
    }
  }
  return [...needed].sort((a, b) => a - b);
}

/** A parser of `texts` from the records they need; `record(i)` gives record i of the whole gazetteer. */
export function createSubsetGeoparser(texts: readonly string[], keys: SubsetKeys, record: (index: number) => GazetteerRecord): Geoparser {
  const records = recordsNeededFor(texts, keys).map(record);
  return createGeoparser(records, { ambiguousDemonyms: new Set(keys.ambiguousDemonyms) });
}
