// The geoparser's logic on a small hand-built gazetteer: recognition traps, offsets, demonyms and
// context-dependent resolution, independent of the generated gazetteer.
import { describe, expect, it } from 'vitest';
import type { GazetteerRecord } from '../../lib/gazetteer/types';
import { createGeoparser } from '../../lib/geoparse/index';
import type { Mention } from '../../lib/types';

type Extra = Partial<GazetteerRecord>;

function record(id: string, name: string, kind: GazetteerRecord['kind'], countryCode: string | undefined, lat: number, lon: number, extra: Extra = {}): GazetteerRecord {
  return { id, name, kind, countryCode, lat, lon, names: [name], bbox: [lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1], ...extra };
}

const RECORDS: GazetteerRecord[] = [
  record('russia', 'Russia', 'country', 'RU', 61.9, 102.4, { names: ['Russia', 'Russian Federation'], demonyms: ['Russian'], bbox: [19.6, 41.2, 190.3, 81.9] }),
  record('ukraine', 'Ukraine', 'country', 'UA', 49, 31.4, { demonyms: ['Ukrainian'], bbox: [22.1, 44.4, 40.2, 52.4] }),
  record('north-korea', 'North Korea', 'country', 'KP', 40.4, 127.4, { names: ['North Korea', 'DPRK', 'N. Korea'], demonyms: ['North Korean'], bbox: [124.3, 37.7, 130.7, 43] }),
  record('south-korea', 'South Korea', 'country', 'KR', 35.9, 127.4, { names: ['South Korea', 'Korea', 'Republic of Korea'], demonyms: ['South Korean', 'Korean'], bbox: [126, 33.2, 130.9, 38.6] }),
  record('united-states', 'United States', 'country', 'US', 37, -90, { names: ['United States', 'US', 'U.S.', 'USA', 'the States'], demonyms: ['American'], bbox: [-125, 24, -66, 49] }),
  record('iceland', 'Iceland', 'country', 'IS', 65, -18, { names: ['Iceland', 'Island', 'Ísland'], demonyms: ['Icelandic'] }),
  record('united-kingdom', 'United Kingdom', 'country', 'GB', 54.3, -2.2, { names: ['United Kingdom', 'UK', 'Britain'], demonyms: ['British'], bbox: [-8.1, 50, 1.7, 60.8] }),
  record('georgia', 'Georgia', 'country', 'GE', 42.2, 43.5, { demonyms: ['Georgian'], population: 3_700_000, bbox: [40, 41, 46.7, 43.6] }),
  record('georgia-state', 'Georgia', 'region', 'US', 32.7, -83.4, { bbox: [-85.6, 30.4, -80.8, 35] }),
  record('texas', 'Texas', 'region', 'US', 31.5, -99.3, { bbox: [-106.6, 25.8, -93.5, 36.5] }),
  record('washington-state', 'Washington', 'region', 'US', 47.4, -120.5, { bbox: [-124.8, 45.5, -116.9, 49] }),
  record('district-of-columbia', 'District of Columbia', 'region', 'US', 38.9, -77, {}),
  record('kursk-oblast', 'Kursk Oblast', 'region', 'RU', 51.7, 36.2, { names: ['Kursk Oblast', 'Kursk region', 'Kursk Region'], bbox: [34.1, 50.9, 38.5, 52.4] }),
  record('donetsk-oblast', 'Donetsk Oblast', 'region', 'UA', 48.1, 37.6, { names: ['Donetsk Oblast', 'Donetsk region', 'Donetsk'], bbox: [36.5, 46.9, 39.1, 49.2] }),
  record('luhansk-oblast', 'Luhansk Oblast', 'region', 'UA', 48.9, 39.1, { names: ['Luhansk Oblast', 'Luhansk region', 'Luhansk'], bbox: [37.8, 47.8, 40.2, 50.1] }),
  record('rostov-oblast', 'Rostov Oblast', 'region', 'RU', 47.6, 41, { names: ['Rostov Oblast'], bbox: [38.2, 45.9, 44.3, 50.2] }),
  record('central-region', 'Central', 'region', 'GH', 5.5, -1.2, {}),
  record('korean-peninsula', 'Korean Peninsula', 'area', undefined, 38.6, 127.4, { names: ['Korean Peninsula', 'the Korean Peninsula'], memberIds: ['north-korea', 'south-korea'] }),
  record('donbas', 'Donbas', 'area', 'UA', 48.4, 38.2, { names: ['Donbas', 'Donbass'] }),
  record('washington-dc', 'Washington, D.C.', 'city', 'US', 38.9, -77.04, { names: ['Washington, D.C.', 'Washington', 'Washington DC'], population: 601_723, capital: true, admin1Id: 'district-of-columbia' }),
  record('washington-pa', 'Washington', 'city', 'US', 40.17, -80.25, { population: 13_000 }),
  record('seattle', 'Seattle', 'city', 'US', 47.6, -122.3, { population: 737_000, admin1Id: 'washington-state' }),
  record('seoul', 'Seoul', 'city', 'KR', 37.57, 126.98, { population: 9_700_000, capital: true }),
  record('pyongyang', 'Pyongyang', 'city', 'KP', 39.03, 125.75, { population: 3_000_000, capital: true }),
  record('moscow', 'Moscow', 'city', 'RU', 55.75, 37.62, { population: 12_500_000, capital: true }),
  record('moscow-id', 'Moscow', 'city', 'US', 46.73, -117, { population: 25_000 }),
  record('kyiv', 'Kyiv', 'city', 'UA', 50.45, 30.52, { names: ['Kyiv', 'Kiev'], population: 2_800_000, capital: true }),
  record('kursk', 'Kursk', 'city', 'RU', 51.73, 36.19, { population: 440_000, admin1Id: 'kursk-oblast' }),
  record('donetsk', 'Donetsk', 'city', 'UA', 48.02, 37.8, { population: 1_024_700, admin1Id: 'donetsk-oblast' }),
  record('donetsk-ru', 'Donetsk', 'city', 'RU', 48.34, 39.95, { population: 50_000, admin1Id: 'rostov-oblast' }),
  record('tbilisi', 'Tbilisi', 'city', 'GE', 41.7, 44.8, { population: 1_100_000, capital: true }),
  record('atlanta', 'Atlanta', 'city', 'US', 33.75, -84.39, { population: 498_000, admin1Id: 'georgia-state' }),
  record('paris', 'Paris', 'city', 'FR', 48.86, 2.35, { population: 2_100_000, capital: true }),
  record('paris-tx', 'Paris', 'city', 'US', 33.66, -95.56, { population: 25_000, admin1Id: 'texas' }),
  record('kim', 'Kim', 'city', 'TJ', 40.3, 70.4, { population: 12_000 }),
  record('vladimir', 'Vladimir', 'city', 'RU', 56.13, 40.4, { population: 350_000 }),
  record('un', 'Un', 'city', 'IN', 29.6, 77.3, { population: 30_000 }),
  record('mine', 'Mine', 'city', 'JP', 34.17, 131.2, { population: 25_000 }),
  record('victor', 'Victor', 'city', 'US', 42.98, -77.4, { population: 20_000 }),
  record('mission', 'Mission', 'city', 'US', 26.2, -98.3, { population: 85_000 }),
  record('law', 'Law', 'city', 'GB', 55.7, -3.9, { population: 20_000 }),
  record('august', 'August', 'city', 'PL', 52, 20, { population: 30_000 }),
  record('over', 'Over', 'city', 'GB', 52.3, 0, { population: 20_000 }),
  record('as', 'As', 'city', 'BE', 51, 5.6, { population: 20_000 }),
  record('no', 'No', 'city', 'DK', 56, 8.5, { population: 20_000 }),
  record('council', 'Council', 'city', 'US', 44.7, -116.4, { population: 20_000 }),
  record('west', 'West', 'region', 'CM', 5.5, 10.5, {}),
  record('reuters', 'Reuters', 'city', 'DE', 50, 8, { population: 20_000 }),
  record('peskov', 'Peskov', 'city', 'RU', 55, 38, { population: 20_000 }),
  record('nis', 'Niš', 'city', 'RS', 43.3, 21.9, { names: ['Niš', 'Nis'], population: 260_000 }),
  record('the-hague', 'The Hague', 'city', 'NL', 52.08, 4.3, { population: 474_000 }),
  record('madrid', 'Madrid', 'city', 'ES', 40.42, -3.7, { population: 3_300_000, capital: true }),
  record('ontario', 'Ontario', 'region', 'CA', 50, -85, { bbox: [-95.2, 41.7, -74.3, 56.9] }),
  record('ontario-us', 'Ontario', 'city', 'US', 34.06, -117.65, { population: 175_000 }),
  record('quebec-province', 'Quebec', 'region', 'CA', 53.7, -72, { bbox: [-79.8, 45, -57.1, 62.6] }),
  record('quebec', 'Quebec', 'city', 'CA', 46.81, -71.21, { population: 528_000, admin1Id: 'quebec-province' }),
  record('jackson', 'Jackson', 'city', 'US', 32.3, -90.18, { population: 150_000 }),
  record('new-york', 'New York', 'region', 'US', 42.9, -75.5, { bbox: [-79.8, 40.5, -71.8, 45] }),
  record('amsterdam', 'Amsterdam', 'city', 'NL', 52.37, 4.89, { population: 870_000, capital: true }),
  record('amsterdam-ny', 'Amsterdam', 'city', 'US', 42.94, -74.19, { population: 18_000, admin1Id: 'new-york' }),
  record('sudan', 'Sudan', 'country', 'SD', 15.6, 30.2, { demonyms: ['Sudanese'] }),
  record('south-sudan', 'South Sudan', 'country', 'SS', 7.6, 30.6, { demonyms: ['South Sudanese'] }),
  record('obama', 'Obama', 'city', 'JP', 35.5, 135.75, { population: 30_000 }),
  record('berlin', 'Berlin', 'city', 'DE', 52.52, 13.4, { population: 3_400_000, capital: true }),
  record('white-house', 'White House', 'city', 'US', 36.47, -86.65, { population: 12_000 }),
];

const parser = createGeoparser(RECORDS);
const parse = (text: string) => parser.parse(text);
const ids = (text: string) => parse(text).map((m) => m.placeId);
const texts = (text: string) => parse(text).map((m) => m.text);

function expectWellFormed(text: string, mentions: Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = m.end;
  }
}

describe('recognition', () => {
  it('prefers the longest name', () => {
    expect(parse('The Korean Peninsula is tense.').map((m) => [m.text, m.placeId])).toEqual([['Korean Peninsula', 'korean-peninsula']]);
    expect(texts('Troops in Kursk Oblast and the Kursk region.')).toEqual(['Kursk Oblast', 'Kursk region']);
    expect(ids('South Korea and North Korea, not just Korea.')).toEqual(['south-korea', 'north-korea', 'south-korea']);
    expect(parse('The summit in Washington, D.C. ended.').map((m) => m.text)).toEqual(['Washington, D.C.']);
  });

  it('leaves possessives outside the mention, with straight and curly apostrophes', () => {
    for (const text of ["Russia's war", 'Russia’s war', 'RUSSIA’S WAR IN KURSK REGION']) {
      const [first] = parse(text);
      expect(first.text.toLowerCase()).toBe('russia');
      expect(first.placeId).toBe('russia');
    }
  });

  it('matches abbreviations and ignores lower-case common words', () => {
    expect(ids('The U.S. and the UK and the DPRK and the US met.')).toEqual(['united-states', 'united-kingdom', 'north-korea', 'united-states']);
    expect(ids('russia, georgia and paris in lower case; clearing mines; the west; us and them.')).toEqual([]);
    expect(ids('The NIS said so.')).toEqual([]);
  });

  it('takes state demonyms for the state and drops the ambiguous "Korean"', () => {
    expect(ids('North Korean troops reached the Russian frontlines facing Ukrainian forces.')).toEqual(['north-korea', 'russia', 'ukraine']);
    expect(ids('Thousands of North Koreans and South Korean officials.')).toEqual(['north-korea', 'south-korea']);
    // South Korea's record also lists "Korean", but North Korea has "North Korean": ambiguous.
    expect(ids('The Korean side and Korean allies agreed.')).toEqual([]);
    // "Sudanese" stays Sudan's: Sudan has no qualified demonym of its own.
    expect(ids('Sudanese and South Sudanese troops.')).toEqual(['sudan', 'south-sudan']);
  });

  it('does not fall for person names, organisations and ordinary words', () => {
    const traps = [
      'Kim said the soldiers were brave.',
      'President Vladimir Putin spoke.',
      'Kim Jong Un and Kim Jong-un are one man.',
      'They were clearing mines. Mine clearance is slow.',
      'The deployment began in August.',
      'Deputy Minister Victor Goremykin met Defense Minister No Gwansik.',
      'The Law and Justice party and the Mission statement.',
      'Analysts in the West agree.',
      'As the war went on, Over time it grew.',
      'Dmitry Peskov told Reuters.',
      'The Security Council met.',
      'Special Operations Forces posted a video.',
      'A spokesman for the Korean People’s Army and the Korean Central News Agency.',
      'Mr. Kim thanked them.',
    ];
    for (const text of traps) expect({ text, ids: ids(text) }).toEqual({ text, ids: [] });
  });

  it('keeps a place used as a modifier', () => {
    expect(ids('The Pyongyang regime staged a parade.')).toEqual(['pyongyang']);
    expect(ids('The U.S. State Department objected.')).toEqual(['united-states']);
  });

  it('ignores alternate names that are ordinary words', () => {
    expect(ids('Island nations met. Member States agreed. The Gulf States objected.')).toEqual([]);
    expect(ids('Iceland and the United States signed.')).toEqual(['iceland', 'united-states']);
  });

  it('needs locative evidence or context for a small town', () => {
    expect(ids('Obama praised the plan.')).toEqual([]);
    expect(ids('The ferry left from Obama at dawn.')).toEqual(['obama']);
  });

  it('keeps a capitalised article that belongs to the name', () => {
    expect(texts('The court in The Hague ruled; the Hague court agreed.')).toEqual(['The Hague', 'Hague']);
  });

  it('does not take sports clubs or speakers for places', () => {
    expect(ids('The match against Real Madrid ended in a draw.')).toEqual([]);
    expect(ids('Jackson said the deal was fair.')).toEqual([]);
    expect(ids('The team flew to Madrid and then to Jackson.')).toEqual(['madrid', 'jackson']);
  });

  it('reads "Putin" as the person everywhere once "Vladimir Putin" is seen', () => {
    expect(ids('Vladimir Putin spoke. Later Peskov said Putin was pleased.')).toEqual([]);
  });

  it('keeps exact offsets on fuzzed texts', () => {
    const pieces = ['Russia’s', 'North Korean', 'Kyiv', 'Kim Jong-un', 'the U.S.', 'Kursk region', '“Seoul”', 'é', '🚨🇷🇺', '\n', ', ', '—', 'Washington, D.C.', 'DPRK', 'mines', 'Georgia', '(Moscow)', "Donetsk's", '  '];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 200; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.7 ? ' ' : '');
      const mentions = parse(text);
      expectWellFormed(text, mentions);
    }
  });
});

describe('resolution', () => {
  it('reads Washington next to Seoul as the capital', () => {
    expect(ids('Officials in Seoul and Washington condemned the test.')).toEqual(['seoul', 'washington-dc']);
    expect(ids('Rain fell on Seattle and the rest of Washington.')).toEqual(['seattle', 'washington-state']);
  });

  it('prefers big, capital places', () => {
    expect(ids('Moscow denied it.')).toEqual(['moscow']);
    expect(ids('They flew to Paris.')).toEqual(['paris']);
    expect(ids('Ranchers near Paris, Texas, saw hail.')).toEqual(['paris-tx', 'texas']);
  });

  it('reads Georgia by its neighbours', () => {
    expect(ids('Georgia’s parliament in Tbilisi voted.')).toEqual(['georgia', 'tbilisi']);
    expect(ids('Voters in Atlanta queued as Georgia counted ballots.')).toEqual(['atlanta', 'georgia-state']);
  });

  it('reads Donetsk as the Ukrainian city, or the oblast when a region word says so', () => {
    expect(ids('Shelling hit Donetsk, Ukraine said.')).toEqual(['donetsk', 'ukraine']);
    expect(ids('Moscow claims the Donetsk and Luhansk regions.')).toEqual(['moscow', 'donetsk-oblast', 'luhansk-oblast']);
    expect(ids('The conquest of the provinces of Donetsk and Luhansk.')).toEqual(['donetsk-oblast', 'luhansk-oblast']);
  });

  it('reads a bare "Kursk" as the Kursk region when the text names that region', () => {
    expect(ids('Fighting in the Kursk region went on. Restoration work in Kursk began.')).toEqual(['kursk-oblast', 'kursk-oblast']);
    expect(ids('A train left Kursk at noon.')).toEqual(['kursk']);
  });

  it('gives coordinated names one kind', () => {
    expect(ids('Heavy snow closed roads across Ontario and Quebec.')).toEqual(['ontario', 'quebec-province']);
    expect(ids('The train from Quebec arrived late.')).toEqual(['quebec']);
  });

  it('does not let context about a country turn a capital into a small town there', () => {
    expect(ids('Traders in New York watched protests in Amsterdam, Berlin and Madrid.')).toEqual(['new-york', 'amsterdam', 'berlin', 'madrid']);
    expect(ids('The White House said the U.S. would act.')).toEqual(['united-states']);
  });

  it('explains bad input', () => {
    expect(() => createGeoparser({} as unknown as GazetteerRecord[])).toThrow(/array of gazetteer records/);
    expect(() => createGeoparser([{ id: 'x' } as unknown as GazetteerRecord])).toThrow(/record 0 \(x\) has no string id and name/);
    expect(() => parser.parse(42 as unknown as string)).toThrow(/expects a string/);
    expect(parse('')).toEqual([]);
  });

  it('is deterministic and independent of record order', () => {
    const text = 'Officials in Seoul and Washington said Moscow, Kursk and the Donetsk region matter; Georgia too.';
    const shuffled = [...RECORDS].reverse();
    const again = createGeoparser(shuffled).parse(text);
    expect(again).toEqual(parse(text));
    expect(parse(text)).toEqual(parse(text));
  });
});
