// Resolution: which gazetteer record a recognised name stands for, scored with priors (kind, population,
// capital) and the document's context (other places' countries, regions and distance), in two passes.
import type { GazetteerRecord } from '../gazetteer/types';
import type { MatchEvidence } from './evidence';

export interface Candidate {
  /** Matched token folds ("kursk"), for the bare-name region rule. */
  folded: string;
  recordIndices: number[];
  evidence: MatchEvidence;
  /** Index of the qualifier's candidate list in the same array, or -1. */
  qualifier: number;
  /** Indices of mentions joined to this one by "and", "or" or a comma ("Ontario and Quebec"). */
  coordinated: number[];
  /** Record forced by an explicit region mention of the same bare name ("Kursk" after "Kursk region"). */
  forced?: number;
}

interface Context {
  countries: Set<string>;
  regionIds: Set<string>;
  /** Distinct anchor points (lat, lon). */
  points: Array<[number, number]>;
  /** Proximity bonus per record id, memoised for the document. */
  proximity: Map<string, number>;
}

const KIND_PRIOR: Record<GazetteerRecord['kind'], number> = { country: 4, area: 3, region: 2.5, city: 2 };
const DEFAULT_POPULATION: Record<GazetteerRecord['kind'], number> = { country: 1e7, area: 1e6, region: 1e6, city: 1e3 };

const KM_PER_DEGREE = 111.32;
/** People per km² assumed for a region without a population: it turns its size into a prominence, so
 *  that Florida (US) outranks Florida (Uruguay) and a US state can compete with a small country. */
const ASSUMED_DENSITY = 30;

function population(record: GazetteerRecord): number {
  if (record.population && record.population > 0) return record.population;
  if (record.kind === 'region') {
    const [west, south, east, north] = record.bbox;
    const widthKm = Math.abs(east - west) * KM_PER_DEGREE * Math.cos((((south + north) / 2) * Math.PI) / 180);
    const heightKm = Math.abs(north - south) * KM_PER_DEGREE;
    return Math.min(3e7, Math.max(1e5, widthKm * heightKm * ASSUMED_DENSITY));
  }
  return DEFAULT_POPULATION[record.kind];
}

const priorCache = new WeakMap<GazetteerRecord, number>();

function priorScore(record: GazetteerRecord): number {
  let prior = priorCache.get(record);
  if (prior === undefined) {
    prior = KIND_PRIOR[record.kind] + 0.5 * Math.log10(population(record) + 1) + (record.capital ? 3 : 0);
    priorCache.set(record, prior);
  }
  return prior;
}

function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Cities named like ordinary words or given names need a big population or locative evidence; small
 *  towns need locative evidence or the document to be about their country. */
function eligible(record: GazetteerRecord, evidence: MatchEvidence, context: Context, qualified: boolean): boolean {
  const inContext = (record.countryCode !== undefined && context.countries.has(record.countryCode)) || qualified;
  const pop = population(record);
  switch (record.kind) {
    case 'country':
      return true;
    case 'area':
      return !evidence.weak || evidence.locative;
    case 'region':
      return !evidence.weak || evidence.locative || inContext || context.regionIds.has(record.id);
    case 'city':
      if (record.capital) return true;
      if (evidence.weak) return pop >= 1e6 || (evidence.locative && pop >= 1e5) || (inContext && pop >= 1e5);
      // A small town far from the text's other places, not introduced as a location, is more likely a
      // surname ("Obama", Japan; "Clinton", "Wilson").
      if (inContext) return true;
      return evidence.locative ? pop >= 15000 : pop >= 100000;
  }
}

function qualifierRecords(candidates: Candidate[], candidate: Candidate, records: GazetteerRecord[]): GazetteerRecord[] {
  return candidate.qualifier >= 0 ? candidates[candidate.qualifier].recordIndices.map((r) => records[r]) : [];
}

function isQualifiedBy(record: GazetteerRecord, qualifiers: GazetteerRecord[]): boolean {
  return qualifiers.some(
    (q) => q.id !== record.id && (q.id === record.admin1Id || (q.kind === 'country' && q.countryCode === record.countryCode)),
  );
}

function contextScore(record: GazetteerRecord, candidate: Candidate, regions: GazetteerRecord[], context: Context, qualifiers: GazetteerRecord[]): number {
  let score = 0;
  // Same country or first-level region as the anchors: modest, so that a small town in a country the text
  // talks about does not beat a capital elsewhere ("Amsterdam" next to "New York" is still the Dutch one).
  if (record.countryCode && context.countries.has(record.countryCode)) score += 1.5;
  if (context.regionIds.has(record.id)) score += 6;
  if (record.admin1Id && context.regionIds.has(record.admin1Id)) score += 1.5;
  if (isQualifiedBy(record, qualifiers)) score += 8; // "Paris, Texas", "Alexandria, Egypt"
  if (candidate.evidence.regionCue && record.kind === 'region') score += 8;
  // "Donetsk", "Bologna": the city, not the region named after it, unless a region word says otherwise.
  if (record.kind === 'city' && regions.some((region) => isRegionAround(region, record))) score += 3;
  if (record.kind !== 'country') score += proximityBonus(record, context);
  return score;
}

function isRegionAround(region: GazetteerRecord, city: GazetteerRecord): boolean {
  if (region.kind !== 'region') return false;
  if (region.id === city.admin1Id) return true;
  const [west, south, east, north] = region.bbox;
  const lon = city.lon < west ? city.lon + 360 : city.lon;
  return region.countryCode === city.countryCode && city.lat >= south && city.lat <= north && lon >= west && lon <= east;
}

/** Diagonal of a record's bounding box. */
function spanKm(record: GazetteerRecord): number {
  const [west, south, east, north] = record.bbox;
  return distanceKm(south, west, north, east);
}

/** Up to 1.5 for a candidate near the document's other places, fading to 0 at 1,000 km. */
function proximityBonus(record: GazetteerRecord, context: Context): number {
  if (context.points.length === 0) return 0;
  const cached = context.proximity.get(record.id);
  if (cached !== undefined) return cached;
  let nearest = Infinity;
  for (const [lat, lon] of context.points) nearest = Math.min(nearest, distanceKm(record.lat, record.lon, lat, lon));
  const bonus = 1.5 * Math.max(0, 1 - nearest / 1000);
  context.proximity.set(record.id, bonus);
  return bonus;
}

/** A reading that needs no context: a single candidate, or one that outranks every other by a margin,
 *  where a country or region may outrank small towns of the same name ("Florida") but not a city
 *  ("Gaza") nor a place of another big kind ("Georgia": country or US state). */
function isClearReading(readings: GazetteerRecord[]): boolean {
  if (readings.length === 1) return true;
  const ranked = [...readings].sort((a, b) => priorScore(b) - priorScore(a));
  const [top, ...others] = ranked;
  if (priorScore(top) - priorScore(others[0]) < 0.6) return false;
  if (top.kind === 'city') return others.every((r) => r.kind === 'city');
  return others.every((r) => (r.kind === 'city' && population(r) < 100_000) || r.kind === top.kind);
}

/** Candidates that may be meant here, given the evidence and the context (plain loop: hot path). */
function eligiblePool(candidate: Candidate, records: GazetteerRecord[], context: Context, qualifiers: GazetteerRecord[]): number[] {
  const pool: number[] = [];
  for (const r of candidate.recordIndices) {
    if (eligible(records[r], candidate.evidence, context, isQualifiedBy(records[r], qualifiers))) pool.push(r);
  }
  return pool;
}

function regionsOf(candidate: Candidate, records: GazetteerRecord[]): GazetteerRecord[] {
  const regions: GazetteerRecord[] = [];
  for (const r of candidate.recordIndices) if (records[r].kind === 'region') regions.push(records[r]);
  return regions;
}

/** Best of `pool` by prior plus context (plus `kindBonus` for the given kinds); ties go to the smaller id. */
function bestInContext(
  pool: number[],
  records: GazetteerRecord[],
  candidate: Candidate,
  context: Context,
  qualifiers: GazetteerRecord[],
  bonusKinds?: Set<GazetteerRecord['kind']>,
): number {
  const regions = regionsOf(candidate, records);
  let bestIndex = -1;
  let bestScore = -Infinity;
  for (const r of pool) {
    const record = records[r];
    const score = priorScore(record) + contextScore(record, candidate, regions, context, qualifiers) + (bonusKinds?.has(record.kind) ? 3 : 0);
    if (score > bestScore || (score === bestScore && record.id < records[bestIndex].id)) {
      bestIndex = r;
      bestScore = score;
    }
  }
  return bestIndex;
}

function best(indices: number[], score: (r: number) => number, records: GazetteerRecord[]): number {
  let bestIndex = -1;
  let bestScore = -Infinity;
  for (const r of indices) {
    const s = score(r);
    if (s > bestScore || (s === bestScore && records[r].id < records[bestIndex].id)) {
      bestIndex = r;
      bestScore = s;
    }
  }
  return bestIndex;
}

const EMPTY_CONTEXT: Context = { countries: new Set(), regionIds: new Set(), points: [], proximity: new Map() };

/** Returns, per candidate, the chosen record index or -1 (not a place). */
export function resolveCandidates(candidates: Candidate[], records: GazetteerRecord[]): number[] {
  const chosen = new Array<number>(candidates.length).fill(-1);
  const anchored = new Array<boolean>(candidates.length).fill(false);

  // Repeated names ("Russia" twenty times) with the same evidence resolve the same way: memoised per pass.
  const memoKey = (candidate: Candidate) =>
    candidate.qualifier >= 0 || candidate.forced !== undefined
      ? undefined
      : `${candidate.folded}|${candidate.evidence.weak}|${candidate.evidence.locative}|${candidate.evidence.regionCue}|${candidate.recordIndices.join(',')}`;
  const firstPass = new Map<string, number>();

  // Pass 1: anchors are mentions whose reading does not depend on context.
  candidates.forEach((candidate, i) => {
    if (candidate.forced !== undefined) {
      chosen[i] = candidate.forced;
      anchored[i] = true;
      return;
    }
    const key = memoKey(candidate);
    const seenBefore = key === undefined ? undefined : firstPass.get(key);
    if (seenBefore !== undefined) {
      chosen[i] = chosen[seenBefore];
      anchored[i] = anchored[seenBefore];
      return;
    }
    if (key !== undefined) firstPass.set(key, i);
    const qualifiers = qualifierRecords(candidates, candidate, records);
    const pool = eligiblePool(candidate, records, EMPTY_CONTEXT, qualifiers);
    // "Paris, Texas" waits for context; "Amsterdam, Berlin and Madrid" (a list, not a qualifier) need not.
    const qualified = qualifiers.length > 0 && candidate.recordIndices.some((r) => isQualifiedBy(records[r], qualifiers));
    if (pool.length === 0 || candidate.evidence.regionCue || qualified) return;
    if (isClearReading(candidate.recordIndices.map((r) => records[r]))) {
      chosen[i] = best(pool, (r) => priorScore(records[r]), records);
      anchored[i] = true;
    }
  });

  const context: Context = { countries: new Set(), regionIds: new Set(), points: [], proximity: new Map() };
  const seen = new Set<number>();
  chosen.forEach((r) => {
    if (r < 0 || seen.has(r)) return;
    seen.add(r);
    const record = records[r];
    if (record.countryCode) context.countries.add(record.countryCode);
    if (record.kind === 'region') context.regionIds.add(record.id);
    if (record.admin1Id) context.regionIds.add(record.admin1Id);
    // A big country's centre says little about where the text is (Russia's is in Siberia); a small
    // one's does ("Israel struck Gaza").
    if (record.kind !== 'country' || spanKm(record) < 1500) context.points.push([record.lat, record.lon]);
  });

  // Pass 2: the others, with the anchors as context.
  const secondPass = new Map<string, number>();
  candidates.forEach((candidate, i) => {
    if (anchored[i]) return;
    const key = memoKey(candidate);
    const seenBefore = key === undefined ? undefined : secondPass.get(key);
    if (seenBefore !== undefined) {
      chosen[i] = chosen[seenBefore];
      return;
    }
    if (key !== undefined) secondPass.set(key, i);
    const qualifiers = qualifierRecords(candidates, candidate, records);
    const pool = eligiblePool(candidate, records, context, qualifiers);
    chosen[i] = pool.length <= 1 ? (pool[0] ?? -1) : bestInContext(pool, records, candidate, context, qualifiers);
  });

  // Pass 3: coordinated names are usually of one kind ("Ontario and Quebec" are provinces): re-score the
  // unanchored ones given their partners' pass-2 readings.
  const afterPassTwo = [...chosen];
  candidates.forEach((candidate, i) => {
    if (anchored[i] || chosen[i] < 0 || candidate.coordinated.length === 0) return;
    // Only a region or country partner speaks: the city reading is already every name's default.
    const partnerKinds = new Set<GazetteerRecord['kind']>(
      candidate.coordinated.filter((j) => afterPassTwo[j] >= 0).map((j) => records[afterPassTwo[j]].kind).filter((kind) => kind !== 'city'),
    );
    if (partnerKinds.size === 0) return;
    const qualifiers = qualifierRecords(candidates, candidate, records);
    chosen[i] = bestInContext(eligiblePool(candidate, records, context, qualifiers), records, candidate, context, qualifiers, partnerKinds);
  });
  return chosen;
}
