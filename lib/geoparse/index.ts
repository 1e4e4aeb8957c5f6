// Public API of the geoparser: find place mentions in a text and resolve each to a gazetteer record.
import type { GazetteerRecord } from '../gazetteer/types';
import type { Mention } from '../types';
import { documentFacts, matchEvidence } from './evidence';
import { NOT_PLACES, REGION_HEADS } from './lexicon';
import { findRawMatches, type RawMatch } from './match';
import { buildNameIndex, type NameIndex, type NameIndexOptions } from './name-index';
import { resolveCandidates, type Candidate } from './resolve';
import { tokenize, type Token } from './tokenize';

export interface Geoparser {
  /** Place mentions of `text`, sorted by start, non-overlapping; text.slice(start, end) === mention.text. */
  parse(text: string): Mention[];
}

/** Region words tried when a bare name carries a region cue ("Donetsk and Luhansk regions"). */
const REGION_FORMS = ['oblast', 'region', 'province', 'krai', 'governorate', 'prefecture', 'state'];
const JOINERS = new Set([',', 'and', 'or', '&']);

/** Precomputes the name index of `records` once; the returned parser is reusable and deterministic. A
 *  parser of part of the gazetteer (lib/geoparse/subset.ts) gets the whole gazetteer's ambiguous demonyms
 *  in `options`. */
export function createGeoparser(records: GazetteerRecord[], options: NameIndexOptions = {}): Geoparser {
  return geoparserFromIndex(indexRecords(records, options));
}

/** The validated name index of `records` (for a caller that wants the index too, see subset.ts). */
export function indexRecords(records: GazetteerRecord[], options: NameIndexOptions = {}): NameIndex {
  validateRecords(records);
  return buildNameIndex(records, options);
}

export function geoparserFromIndex(index: NameIndex): Geoparser {
  return {
    parse(text: string): Mention[] {
      if (typeof text !== 'string') throw new TypeError(`geoparser.parse expects a string, got ${text === null ? 'null' : typeof text}.`);
      return parseText(text, index);
    },
  };
}

function validateRecords(records: unknown): asserts records is GazetteerRecord[] {
  if (!Array.isArray(records)) throw new TypeError('createGeoparser expects an array of gazetteer records.');
  records.forEach((record: Partial<GazetteerRecord> | null, i) => {
    const label = `Gazetteer record ${i} (${record?.id ?? 'no id'})`;
    if (!record || typeof record.id !== 'string' || typeof record.name !== 'string') throw new TypeError(`${label} has no string id and name.`);
    if (!Array.isArray(record.names)) throw new TypeError(`${label} has no names array.`);
    if (typeof record.lat !== 'number' || typeof record.lon !== 'number') throw new TypeError(`${label} has no numeric lat/lon.`);
    if (!Array.isArray(record.bbox) || record.bbox.length !== 4) throw new TypeError(`${label} has no [west, south, east, north] bbox.`);
  });
}

function wordFolds(tokens: Token[], match: RawMatch): string {
  let folded = '';
  for (let t = match.first; t < match.last; t++) {
    if (!tokens[t].isWord) continue;
    folded = folded ? `${folded} ${tokens[t].fold}` : tokens[t].fold;
  }
  return folded;
}

function parseText(text: string, index: NameIndex): Mention[] {
  const { records } = index;
  const tokens = tokenize(text);
  const rawMatches = findRawMatches(tokens, index);
  const facts = documentFacts(tokens, rawMatches);

  const selected: Array<{ raw: number; candidate: Candidate }> = [];
  let nextFreeToken = 0;
  for (let rawIndex = 0; rawIndex < rawMatches.length; rawIndex++) {
    const match = rawMatches[rawIndex];
    if (match.first < nextFreeToken) continue;
    const evidence = matchEvidence(facts, rawIndex);
    if (evidence.rejected) continue;
    const folded = wordFolds(tokens, match);
    if (NOT_PLACES.has(folded)) {
      nextFreeToken = match.last;
      continue;
    }
    const ambiguous = index.ambiguousDemonyms.has(folded) || index.ambiguousDemonyms.has(folded.replace(/s$/, ''));
    nextFreeToken = match.last;
    let recordIndices: number[] = [];
    let merged = false;
    for (const entry of match.entries) {
      if (entry.demonym && ambiguous) continue;
      if (recordIndices.length === 0) recordIndices = entry.recordIndices;
      else {
        recordIndices = recordIndices.concat(entry.recordIndices);
        merged = true;
      }
    }
    if (evidence.regionCue) {
      for (const form of REGION_FORMS) {
        const regions = index.byFoldedName.get(`${folded} ${form}`);
        if (regions) {
          recordIndices = recordIndices.concat(regions);
          merged = true;
        }
      }
    }
    if (recordIndices.length === 0) continue;
    if (merged) recordIndices = [...new Set(recordIndices)].sort((a, b) => a - b);
    selected.push({ raw: rawIndex, candidate: { folded, recordIndices, evidence, qualifier: -1, coordinated: [] } });
  }

  // "Kursk" in a text that also says "Kursk region" is that region (a reader's reading).
  const explicitRegions = new Map<string, number>();
  for (const { raw, candidate } of selected) {
    const lastToken = tokens[rawMatches[raw].last - 1];
    if (!REGION_HEADS.has(lastToken.fold)) continue;
    const region = candidate.recordIndices.find((r) => records[r].kind === 'region');
    const bare = candidate.folded.split(' ').slice(0, -1).join(' ');
    if (region !== undefined && bare && !explicitRegions.has(bare)) explicitRegions.set(bare, region);
  }
  const selectedByRaw = new Map(selected.map((s, i) => [s.raw, i]));
  for (const { candidate } of selected) {
    const forced = explicitRegions.get(candidate.folded);
    if (forced !== undefined && !candidate.recordIndices.some((r) => records[r].kind === 'country')) candidate.forced = forced;
    if (candidate.evidence.qualifier >= 0) candidate.qualifier = selectedByRaw.get(candidate.evidence.qualifier) ?? -1;
  }

  for (let i = 1; i < selected.length; i++) {
    const gap = tokens.slice(rawMatches[selected[i - 1].raw].last, rawMatches[selected[i].raw].first);
    if (gap.length > 0 && gap.length <= 2 && gap.every((t) => JOINERS.has(t.fold))) {
      selected[i - 1].candidate.coordinated.push(i);
      selected[i].candidate.coordinated.push(i - 1);
    }
  }

  const chosen = resolveCandidates(
    selected.map((s) => s.candidate),
    records,
  );
  const mentions: Mention[] = [];
  selected.forEach(({ raw }, i) => {
    if (chosen[i] < 0) return;
    const match = rawMatches[raw];
    const record = records[chosen[i]];
    mentions.push({
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      placeId: record.id,
      name: record.name,
      kind: record.kind,
      lon: record.lon,
      lat: record.lat,
    });
  });
  return mentions;
}
