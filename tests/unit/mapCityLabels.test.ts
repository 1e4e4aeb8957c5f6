import { describe, expect, it } from 'vitest';
import { buildCityLabels, cityLabelMinzoom, type CityRecord } from '../../lib/map/cityLabels';

function city(overrides: Partial<CityRecord>): CityRecord {
  return { cityId: 1, name: 'Town', country: 'XX', featureCode: 'PPL', population: 0, lon: 0, lat: 0, ...overrides };
}

describe('buildCityLabels', () => {
  const cities: CityRecord[] = [
    city({ cityId: 1, name: 'Smallcap', featureCode: 'PPLC', population: 40_000, lon: 10.123456, lat: 20.987654 }),
    city({ cityId: 2, name: 'Megacity', population: 12_000_000 }),
    city({ cityId: 3, name: 'Village', population: 900 }),
    city({ cityId: 4, name: 'Bigcap', featureCode: 'PPLC', population: 6_000_000 }),
    city({ cityId: 5, name: 'Regional seat', featureCode: 'PPLA', population: 300_000 }),
    city({ cityId: 6, name: 'Small seat', featureCode: 'PPLA', population: 150_000 }),
    city({ cityId: 7, name: 'Half-million', population: 600_000 }),
    city({ cityId: 2, name: 'Megacity', population: 12_000_000 }),
  ];
  const labels = buildCityLabels(cities, 3).features;

  it('keeps capitals, big cities and regional centres once each, most important first', () => {
    expect(labels.map((f) => f.properties.name)).toEqual(['Bigcap', 'Megacity', 'Half-million', 'Regional seat', 'Smallcap']);
    expect(labels.map((f) => f.properties.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('carries population, capital flag and GeoNames id, with rounded coordinates', () => {
    const smallcap = labels.find((f) => f.properties.name === 'Smallcap');
    expect(smallcap?.properties).toMatchObject({ population: 40_000, capital: true, geonameId: 1, countryCode: 'XX' });
    expect(smallcap?.geometry.coordinates).toEqual([10.123, 20.988]);
  });

  it('shows big capitals before small ones and before ordinary cities', () => {
    expect(cityLabelMinzoom({ featureCode: 'PPLC', population: 6_000_000 })).toBeLessThan(
      cityLabelMinzoom({ featureCode: 'PPLC', population: 50_000 }),
    );
    expect(cityLabelMinzoom({ featureCode: 'PPLC', population: 50_000 })).toBeLessThanOrEqual(
      cityLabelMinzoom({ featureCode: 'PPL', population: 2_000_000 }),
    );
    expect(cityLabelMinzoom({ featureCode: 'PPLA', population: 300_000 })).toBeGreaterThan(
      cityLabelMinzoom({ featureCode: 'PPL', population: 12_000_000 }),
    );
  });
});
