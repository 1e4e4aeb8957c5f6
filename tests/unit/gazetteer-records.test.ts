import { booleanPointInPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../lib/gazetteer/types';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer, recordOf } from './gazetteer-fixture';

let gazetteer: Gazetteer;

beforeAll(() => {
  gazetteer = generatedGazetteer();
}, GAZETTEER_BUILD_TIMEOUT_MS);

describe('gazetteer records', () => {
  it('has unique ids, sorted, all URL slugs', () => {
    const ids = gazetteer.records.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const notSlugs = ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
    expect(notSlugs).toEqual([]);
    expect(gazetteer.byId.size).toBe(ids.length);
  });

  it('covers every kind in plausible numbers', () => {
    const counts = new Map<string, number>();
    for (const record of gazetteer.records) counts.set(record.kind, (counts.get(record.kind) ?? 0) + 1);
    expect(counts.get('country')).toBeGreaterThan(200);
    expect(counts.get('region')).toBeGreaterThan(3000);
    expect(counts.get('city')).toBeGreaterThan(100_000);
    expect(counts.get('area')).toBeGreaterThanOrEqual(2);
  });

  it('gives countries, regions and areas a shape and cities none', () => {
    const withShape = gazetteer.records.filter((record) => record.kind !== 'city').map((record) => record.id);
    expect(Object.keys(gazetteer.shapes).sort()).toEqual(withShape.sort());
  });

  it('has valid coordinates and a bbox around the label point', () => {
    const bad = gazetteer.records.filter((record) => {
      const [west, south, east, north] = record.bbox;
      const lonInside = (record.lon >= west && record.lon <= east) || (record.lon + 360 >= west && record.lon + 360 <= east);
      return (
        !(record.lon >= -180 && record.lon <= 180 && record.lat >= -90 && record.lat <= 90) ||
        !(west >= -180 && west < 180 && east > west && east <= 540 && north >= south) ||
        !lonInside ||
        !(record.lat >= south && record.lat <= north) ||
        record.names[0] !== record.name
      );
    });
    expect(bad.map((record) => record.id)).toEqual([]);
  });

  it('gives far-flung shapes a view bbox of their main body, inside the full bbox', () => {
    const france = recordOf(gazetteer, 'france');
    expect(france.bbox[0]).toBeLessThan(-50);
    expect(france.viewBbox?.[0]).toBeGreaterThan(-10);
    expect(france.viewBbox?.[2]).toBeLessThan(12);
    expect(recordOf(gazetteer, 'united-states').viewBbox?.[1]).toBeGreaterThan(24);
    expect(recordOf(gazetteer, 'russia').viewBbox).toBeUndefined();
    expect(recordOf(gazetteer, 'kursk-oblast').viewBbox).toBeUndefined();
    const outside = gazetteer.records.filter((record) => {
      if (!record.viewBbox) return false;
      const [west, south, east, north] = record.viewBbox;
      const [bw, bs, be, bn] = record.bbox;
      const shift = west < bw ? 360 : 0;
      return !(west >= -180 && west < 180 && south >= bs && north <= bn && west + shift >= bw && east + shift <= be);
    });
    expect(outside.map((record) => record.id)).toEqual([]);
  });

  it.each([
    ['russia', 'country', 'RU'],
    ['ukraine', 'country', 'UA'],
    ['north-korea', 'country', 'KP'],
    ['south-korea', 'country', 'KR'],
    ['united-states', 'country', 'US'],
    ['united-kingdom', 'country', 'GB'],
    ['syria', 'country', 'SY'],
    ['kursk-oblast', 'region', 'RU'],
    ['belgorod-oblast', 'region', 'RU'],
    ['donetsk-oblast', 'region', 'UA'],
    ['luhansk-oblast', 'region', 'UA'],
    ['crimea', 'region', 'UA'],
    ['moscow', 'city', 'RU'],
    ['pyongyang', 'city', 'KP'],
    ['seoul', 'city', 'KR'],
    ['beijing', 'city', 'CN'],
    ['kyiv', 'city', 'UA'],
    ['donetsk', 'city', 'UA'],
    ['washington-dc', 'city', 'US'],
    ['donbas', 'area', 'UA'],
  ])('has %s as a %s in %s', (id, kind, countryCode) => {
    const record = recordOf(gazetteer, id);
    expect(record.kind).toBe(kind);
    expect(record.countryCode).toBe(countryCode);
  });

  it('marks national capitals and only them', () => {
    for (const id of ['pyongyang', 'washington-dc', 'moscow', 'kyiv', 'seoul']) expect(recordOf(gazetteer, id).capital).toBe(true);
    for (const id of ['donetsk', 'kursk']) expect(recordOf(gazetteer, id).capital).toBeUndefined();
    const capitals = gazetteer.records.filter((record) => record.capital);
    expect(capitals.every((record) => record.kind === 'city' && record.featureCode === 'PPLC')).toBe(true);
  });

  it('uses display names news readers expect', () => {
    expect(recordOf(gazetteer, 'washington-dc').name).toBe('Washington, D.C.');
    expect(recordOf(gazetteer, 'kursk-oblast').name).toBe('Kursk Oblast');
    expect(recordOf(gazetteer, 'donetsk-oblast').name).toBe('Donetsk Oblast');
    expect(recordOf(gazetteer, 'united-states').name).toBe('United States');
    expect(recordOf(gazetteer, 'korean-peninsula').countryCode).toBeUndefined();
  });

  it('links cities to their first-level region through GeoNames admin-1 codes', () => {
    expect(recordOf(gazetteer, 'kursk').admin1Id).toBe('kursk-oblast');
    expect(recordOf(gazetteer, 'donetsk').admin1Id).toBe('donetsk-oblast');
    expect(recordOf(gazetteer, 'washington-dc').admin1Id).toBe('district-of-columbia');
    const dangling = gazetteer.records.filter((record) => record.admin1Id && gazetteer.byId.get(record.admin1Id)?.kind !== 'region');
    expect(dangling.map((record) => record.id)).toEqual([]);
  });

  it('keeps the bare slug for the most populous city of a name', () => {
    const moscows = gazetteer.records.filter((record) => record.kind === 'city' && record.name === 'Moscow');
    expect(moscows.length).toBeGreaterThan(1);
    const biggest = [...moscows].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    expect(biggest.id).toBe('moscow');
    expect(moscows.filter((record) => record.id !== 'moscow').every((record) => record.id.startsWith('moscow-'))).toBe(true);
  });

  it('leaves the bare slug of a major city to the city, not a same-named region elsewhere', () => {
    expect(recordOf(gazetteer, 'gaza').kind).toBe('city');
    expect(recordOf(gazetteer, 'gaza').countryCode).toBe('PS');
    expect(gazetteer.records.find((record) => record.kind === 'region' && record.countryCode === 'MZ' && record.name.startsWith('Gaza'))?.id).not.toBe(
      'gaza',
    );
  });

  it('does not let a city municipality take its city name', () => {
    const beijingRegion = gazetteer.records.find((record) => record.kind === 'region' && record.geonameId === 2038349);
    expect(beijingRegion?.id).not.toBe('beijing');
    expect(beijingRegion?.names).not.toContain('Beijing');
    expect(recordOf(gazetteer, 'moscow-federal-city').names).not.toContain('Moscow');
    expect(recordOf(gazetteer, 'kyiv-city').names).not.toContain('Kyiv');
  });
});

describe('gazetteer areas', () => {
  const inside = (areaId: string, pointId: string) => {
    const point = recordOf(gazetteer, pointId);
    return booleanPointInPolygon([point.lon, point.lat], gazetteer.shapes[areaId]);
  };

  it('builds Donbas from the Donetsk and Luhansk oblasts', () => {
    expect(recordOf(gazetteer, 'donbas').memberIds).toEqual(['donetsk-oblast', 'luhansk-oblast']);
    expect(inside('donbas', 'donetsk-oblast')).toBe(true);
    expect(inside('donbas', 'luhansk-oblast')).toBe(true);
    expect(inside('donbas', 'donetsk')).toBe(true);
    expect(inside('donbas', 'kyiv')).toBe(false);
    expect(inside('donbas', 'kharkiv')).toBe(false);
  });

  it('builds the Korean Peninsula from both Koreas', () => {
    expect(inside('korean-peninsula', 'pyongyang')).toBe(true);
    expect(inside('korean-peninsula', 'seoul')).toBe(true);
    expect(inside('korean-peninsula', 'beijing')).toBe(false);
    expect(inside('korean-peninsula', 'tokyo')).toBe(false);
  });

  it('builds the other curated areas from their members', () => {
    expect(inside('iraqi-kurdistan', 'erbil')).toBe(true);
    expect(inside('iraqi-kurdistan', 'baghdad')).toBe(false);
    expect(inside('sinai-peninsula', 'cairo')).toBe(false);
    expect(inside('baltic-states', 'riga')).toBe(true);
    expect(inside('scandinavia', 'oslo')).toBe(true);
    expect(inside('scandinavia', 'helsinki')).toBe(false);
  });

  it('puts each region and city label inside the shape that should hold it', () => {
    expect(inside('kursk-oblast', 'kursk')).toBe(true);
    expect(inside('kursk-oblast', 'sudzha')).toBe(true);
    expect(inside('russia', 'moscow')).toBe(true);
    expect(inside('north-korea', 'pyongyang')).toBe(true);
    expect(inside('ukraine', 'kyiv')).toBe(true);
    for (const id of ['russia', 'united-states', 'fiji', 'kursk-oblast', 'donbas', 'korean-peninsula', 'canada']) {
      const record = recordOf(gazetteer, id);
      const lon = booleanPointInPolygon([record.lon, record.lat], gazetteer.shapes[id]) ? record.lon : record.lon + 360;
      expect(booleanPointInPolygon([lon, record.lat], gazetteer.shapes[id]), id).toBe(true);
    }
  });
});
