// A parser for a few texts from part of the gazetteer: the records whose names can start at one of the
// texts' capitalised words. It finds exactly what a parser of the whole gazetteer finds in those texts
// (tests/unit/geoparse-subset.test.ts) and is built in milliseconds instead of a second, which is what
// re-ingesting one changed article needs.
import type { GazetteerRecord } from '../gazetteer/types';
import { createGeoparser, geoparserFromIndex, indexRecords, type Geoparser } from './index';
import { recordsByFirstToken, type NameIndex } from './name-index';
import { tokenize } from './tokenize';

/** What a subset parser needs to know about the whole gazetteer (serialisable as JSON, and flat: the
 *  ingest reads it on every run that geoparses a few articles, and 80,000 small arrays parse slowly). */
export interface SubsetKeys {
  /** Number of records of the whole gazetteer (a check that keys and records belong together). */
  recordCount: number;
  /** First tokens of surface forms, sorted by UTF-16 code units. */
  firstTokens: string[];
  /** The records of firstTokens[i] are records[starts[i]] .. records[starts[i + 1] - 1], ascending. */
  starts: number[];
  records: number[];
  /** The whole gazetteer's ambiguous demonyms. */
  ambiguousDemonyms: string[];
}

/** A parser of the whole gazetteer, and the keys for subset parsers from the same index build. */
export function createFullGeoparser(records: GazetteerRecord[]): { parser: Geoparser; keys(): SubsetKeys } {
  const index = indexRecords(records);
  return { parser: geoparserFromIndex(index), keys: () => subsetKeys(index) };
}

export function subsetKeys(index: NameIndex): SubsetKeys {
  const byFirstToken = recordsByFirstToken(index);
  const firstTokens = [...byFirstToken.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts: number[] = [];
  const records: number[] = [];
  for (const token of firstTokens) {
    starts.push(records.length);
    for (const r of byFirstToken.get(token)!) records.push(r);
  }
  starts.push(records.length);
  return { recordCount: index.records.length, firstTokens, starts, records, ambiguousDemonyms: [...index.ambiguousDemonyms].sort() };
}

/** Position of `token` in the sorted `tokens`, or -1. */
function find(tokens: readonly string[], token: string): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid] === token) return mid;
    if (tokens[mid] < token) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Ascending indices of the records a parser of `texts` needs. */
export function recordsNeededFor(texts: readonly string[], keys: SubsetKeys): number[] {
  const needed = new Set<number>();
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (!token.isWord || !token.capitalised || seen.has(token.fold)) continue;
      seen.add(token.fold);
      const at = find(keys.firstTokens, token.fold);
      if (at >= 0) for (let k = keys.starts[at]; k < keys.starts[at + 1]; k++) needed.add(keys.records[k]);
    }
  }
  return [...needed].sort((a, b) => a - b);
}

/** A parser of `texts` from the records they need; `record(i)` gives record i of the whole gazetteer. */
export function createSubsetGeoparser(texts: readonly string[], keys: SubsetKeys, record: (index: number) => GazetteerRecord): Geoparser {
  const records = recordsNeededFor(texts, keys).map(record);
  return createGeoparser(records, { ambiguousDemonyms: new Set(keys.ambiguousDemonyms) });
}
