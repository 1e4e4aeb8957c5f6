// Where the offline basemap lives under public/ (and therefore under the site root), shared by the
// generator (which writes these files) and the style (which points MapLibre at them).

export const BASEMAP_DIR = 'generated/basemap';
export const GLYPHS_DIR = 'generated/glyphs';

/** One GeoJSON file per basemap source; the key is the MapLibre source id. */
export const BASEMAP_SOURCE_FILES = {
  countries: 'countries.geojson',
  borders: 'borders.geojson',
  admin1: 'admin1.geojson',
  countryLabels: 'country-labels.geojson',
  cityLabels: 'city-labels.geojson',
} as const;

export type BasemapSourceId = keyof typeof BASEMAP_SOURCE_FILES;

/** Properties of a feature of borders.geojson. */
export interface BorderProperties {
  kind: 'border' | 'coast';
}

/** Properties of a feature of countries.geojson. */
export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-2, "" where Natural Earth has no code (e.g. Kosovo, N. Cyprus). */
  iso2: string;
}

/** Properties of a feature of country-labels.geojson. */
export interface CountryLabelProperties {
  name: string;
  iso2: string;
  /** 1 (largest) to 6 (smallest): label size class and priority. */
  rank: number;
  /** The label shows from zoom `minzoom` up to, not including, `maxzoom`. */
  minzoom: number;
  maxzoom: number;
}

/** Properties of a feature of city-labels.geojson. */
export interface CityLabelProperties {
  name: string;
  /** ISO 3166-1 alpha-2 of the city's country. */
  countryCode: string;
  population: number;
  capital: boolean;
  /** Lower is more important: drives collision priority. */
  rank: number;
  minzoom: number;
  geonameId: number;
}
