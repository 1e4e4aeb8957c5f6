import { describe, expect, it } from 'vitest';
import { bboxExtent, pickPlace, pickShapeFirst } from '../../lib/map/pickPlace';
import { labelPoints, overviewBBox } from '../../lib/map/viewport';

describe('pickPlace', () => {
  it('prefers a city over a region over an area over a country', () => {
    expect(
      pickPlace([
        { id: 'russia', kind: 'country', underPointer: true },
        { id: 'kursk-oblast', kind: 'region', underPointer: true },
        { id: 'kursk', kind: 'city', distance: 5 },
      ]),
    ).toBe('kursk');
    expect(pickPlace([{ id: 'korean-peninsula', kind: 'area' }, { id: 'north-korea', kind: 'country' }])).toBe('korean-peninsula');
    expect(pickPlace([])).toBeNull();
  });

  it('takes the nearest city and the shape under the pointer', () => {
    expect(pickPlace([{ id: 'far', kind: 'city', distance: 9 }, { id: 'near', kind: 'city', distance: 2 }])).toBe('near');
    expect(
      pickShapeFirst([
        { id: 'ukraine', kind: 'country', underPointer: true, extent: 200 },
        { id: 'kursk-oblast', kind: 'region', underPointer: false, extent: 6 },
      ]),
    ).toBe('ukraine');
    expect(
      pickShapeFirst([
        { id: 'big', kind: 'region', underPointer: true, extent: 90 },
        { id: 'small', kind: 'region', underPointer: true, extent: 3 },
      ]),
    ).toBe('small');
  });

  it('measures bounding boxes across the antimeridian', () => {
    expect(bboxExtent([170, -20, 190, -10])).toBe(200);
  });
});

describe('overviewBBox and labelPoints', () => {
  const feature = (id: string, kind: 'country' | 'city', lon: number, lat: number) => ({
    type: 'Feature' as const,
    id,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties: { id, name: id, kind, mentionCount: 1, articleIds: [], lon, lat, bbox: [lon, lat, lon, lat] as [number, number, number, number] },
  });

  it('frames the places that are not countries, or the countries when there is nothing else', () => {
    const withCities = { type: 'FeatureCollection' as const, features: [feature('russia', 'country', 96, 62), feature('kursk', 'city', 36, 51), feature('seoul', 'city', 127, 37.5)] };
    expect(overviewBBox(withCities)).toEqual([36, 37.5, 127, 51]);
    const onlyCountries = { type: 'FeatureCollection' as const, features: [feature('russia', 'country', 96, 62)] };
    expect(overviewBBox(onlyCountries)).toEqual([96, 62, 96, 62]);
    expect(overviewBBox({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(labelPoints(withCities).features[1]).toMatchObject({ id: 'kursk', geometry: { coordinates: [36, 51] } });
  });
});
