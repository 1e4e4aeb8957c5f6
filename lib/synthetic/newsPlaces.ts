// Which gazetteer places the synthetic corpus names, and how often: a ranked pool of a few thousand
// countries, regions and cities drawn with Zipf weights, so that a few places appear in most articles
// and a long tail appears rarely, as in real news.
import type { GazetteerRecord } from '../gazetteer/types';
import type { PlaceKind } from '../types';
import { createPrng, seedFrom, type Prng } from './prng';

export interface NewsPlace {
  id: string;
  kind: PlaceKind;
  countryCode?: string;
  /** Surface forms as written in running text ("the U.S.", "Kursk Oblast"); the first is the usual one. */
  forms: string[];
  /** The adjective of a country ("Russian"), when the gazetteer has a plain one. */
  demonym?: string;
}

export interface PlacePool {
  /** Most newsworthy first. */
  places: NewsPlace[];
  /** Cumulative Zipf weights over `places` (same length). */
  cumulative: Float64Array;
  /** Countries of the pool by ISO code (for "the country of this city"). */
  countryByCode: ReadonlyMap<string, NewsPlace>;
}

export interface PlacePoolOptions {
  seed: number;
  /** Most cities, regions and countries in the pool (defaults: 2,600, 700, every country). */
  cities?: number;
  regions?: number;
  countries?: number;
  /** Zipf exponent: weight of rank r is 1 / r^s (default 1). */
  exponent?: number;
}

/** Places that lead real news, with the forms news uses for them; ranked first, in this order. */
const HEADLINE_PLACES: ReadonlyArray<[id: string, forms: string[]]> = [
  ['united-states', ['the United States', 'the U.S.']],
  ['ukraine', ['Ukraine']],
  ['russia', ['Russia']],
  ['china', ['China']],
  ['israel', ['Israel']],
  ['gaza-strip', ['Gaza', 'the Gaza Strip']],
  ['united-kingdom', ['Britain', 'the U.K.', 'the United Kingdom']],
  ['washington-dc', ['Washington']],
  ['moscow', ['Moscow']],
  ['kyiv', ['Kyiv']],
  ['france', ['France']],
  ['germany', ['Germany']],
  ['iran', ['Iran']],
  ['india', ['India']],
  ['beijing', ['Beijing']],
  ['london', ['London']],
  ['japan', ['Japan']],
  ['north-korea', ['North Korea']],
  ['south-korea', ['South Korea']],
  ['turkey', ['Turkey']],
  ['syria', ['Syria']],
  ['taiwan', ['Taiwan']],
  ['brussels', ['Brussels']],
  ['paris', ['Paris']],
  ['new-york-city', ['New York City']],
  ['california', ['California']],
  ['texas', ['Texas']],
  ['crimea', ['Crimea']],
  ['donbas', ['the Donbas']],
  ['kursk-oblast', ['Kursk Oblast', 'the Kursk region']],
];

/** ASCII letters, spaces, apostrophes, hyphens and periods: a name that reads naturally in English text. */
const PLAIN_NAME = /^[A-Z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*)*$/;
const WITH_ARTICLE = /\b(?:Republic|Kingdom|States|Emirates|Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives)\b/;
const KM_PER_DEGREE = 111.32;

function plainForm(record: GazetteerRecord): string | undefined {
  const name = [record.name, ...record.names].find((n) => PLAIN_NAME.test(n) && n.length >= 3 && n.length <= 30);
  if (name === undefined || record.kind !== 'country' || !WITH_ARTICLE.test(name)) return name;
  return `the ${name}`;
}

/** How newsworthy a place is, before the random jitter: log of its (estimated) population, countries up. */
function prominence(record: GazetteerRecord): number {
  if (record.kind === 'country') return 2 + Math.log10(record.population ?? 1e7);
  if (record.kind === 'city') return Math.log10(Math.max(record.population ?? 1000, 1)) + (record.capital ? 1 : 0);
  const [west, south, east, north] = record.bbox;
  const areaKm2 = Math.abs(east - west) * KM_PER_DEGREE * Math.cos((((south + north) / 2) * Math.PI) / 180) * Math.abs(north - south) * KM_PER_DEGREE;
  return Math.log10(Math.max(record.population ?? areaKm2 * 30, 1));
}

/** Deterministic for the same records and options. */
export function selectPlacePool(records: readonly GazetteerRecord[], options: PlacePoolOptions): PlacePool {
  const quota: Record<PlaceKind, number> = {
    country: options.countries ?? Number.POSITIVE_INFINITY,
    region: options.regions ?? 700,
    city: options.cities ?? 2600,
    area: 0, // areas come only from the headline list
  };
  const byId = new Map(records.map((r) => [r.id, r]));
  const places: NewsPlace[] = [];
  const usedForms = new Set<string>();
  const take = (record: GazetteerRecord, forms: string[]): void => {
    const place: NewsPlace = { id: record.id, kind: record.kind, forms };
    if (record.countryCode !== undefined) place.countryCode = record.countryCode;
    const demonym = record.kind === 'country' ? record.demonyms?.find((d) => PLAIN_NAME.test(d) && !/s$/.test(d)) : undefined;
    if (demonym !== undefined) place.demonym = demonym;
    places.push(place);
    for (const form of forms) usedForms.add(form.toLowerCase());
  };
  for (const [id, forms] of HEADLINE_PLACES) {
    const record = byId.get(id);
    if (record) take(record, forms);
  }
  const headline = new Set(places.map((p) => p.id));

  // The rest: per kind the most prominent, then ranked together with a little jitter so that kinds mix.
  const prng = createPrng(seedFrom('place-pool', options.seed));
  const scored: Array<{ record: GazetteerRecord; form: string; score: number }> = [];
  for (const kind of ['country', 'region', 'city'] as const) {
    const candidates = records
      .filter((r) => r.kind === kind && !headline.has(r.id))
      .map((record) => ({ record, form: plainForm(record), score: prominence(record) }))
      .filter((c): c is { record: GazetteerRecord; form: string; score: number } => c.form !== undefined)
      .sort((a, b) => b.score - a.score || (a.record.id < b.record.id ? -1 : 1));
    let taken = 0;
    for (const candidate of candidates) {
      if (taken >= quota[kind]) break;
      // One place per name: two "Springfield"s would only be one to a reader.
      const key = candidate.form.toLowerCase();
      if (usedForms.has(key)) continue;
      usedForms.add(key);
      scored.push({ ...candidate, score: candidate.score + 1.5 * prng.next() });
      taken++;
    }
  }
  scored.sort((a, b) => b.score - a.score || (a.record.id < b.record.id ? -1 : 1));
  for (const { record, form } of scored) take(record, [form]);

  const exponent = options.exponent ?? 1;
  const cumulative = new Float64Array(places.length);
  let total = 0;
  places.forEach((_, rank) => {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  });
  const countryByCode = new Map<string, NewsPlace>();
  for (const place of places) if (place.kind === 'country' && place.countryCode) countryByCode.set(place.countryCode, place);
  return { places, cumulative, countryByCode };
}

/** A place drawn with the pool's Zipf weights. */
export function drawPlace(pool: PlacePool, prng: Prng): NewsPlace {
  const target = prng.next() * pool.cumulative[pool.cumulative.length - 1];
  let low = 0;
  let high = pool.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pool.cumulative[mid] > target) high = mid;
    else low = mid + 1;
  }
  return pool.places[low];
}

/** A place of one of `kinds`, drawn with the Zipf weights (by rejection; falls back to any place). */
export function drawPlaceOfKind(pool: PlacePool, prng: Prng, kinds: ReadonlySet<PlaceKind>): NewsPlace {
  for (let attempt = 0; attempt < 50; attempt++) {
    const place = drawPlace(pool, prng);
    if (kinds.has(place.kind)) return place;
  }
  return drawPlace(pool, prng);
}
