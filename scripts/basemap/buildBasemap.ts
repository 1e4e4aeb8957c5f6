// Builds every file of the offline basemap into {publicDir}/generated/: GeoJSON sources and SDF
// glyph ranges. Same inputs → byte-identical files (fixed precision, sorted features).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  BASEMAP_DIR,
  BASEMAP_SOURCE_FILES,
  GLYPHS_DIR,
  type BorderProperties,
  type CountryLabelProperties,
  type CountryProperties,
} from '../../lib/map/basemapFiles';
import {
  areaKm2,
  countryLabelMinzoom,
  countryLabelPoint,
  countryRank,
  regionalLabelPoints,
  prepareLandGeometry,
  prepareLineGeometry,
  roundCoordinate,
} from '../../lib/map/basemapGeometry';
import { buildCityLabels } from '../../lib/map/cityLabels';
import { buildGlyphFiles } from './glyphs';
import { BasemapInputError, loadAdmin1Topology, loadCities, loadWorldAtlas } from './sources';

/** ~0.02° ≈ 2 km, 0.01° precision: invisible below zoom 6-7 and keeps all basemap GeoJSON under ~500 KB gzip. */
const LAND_TOLERANCE = 0.02;
const LINE_TOLERANCE = 0.02;
const ADMIN1_TOLERANCE = 0.02;
const DECIMALS = 2;
/** Regional labels of very wide countries replace their single label from this zoom. */
const REGIONAL_LABEL_MINZOOM = 4;
const NO_MAXZOOM = 24;

export interface BuildBasemapOptions {
  /** The site's public directory; files go to {publicDir}/generated/{basemap,glyphs}. */
  publicDir: string;
  /** ISO alpha-2 codes of the countries whose admin-1 boundaries are drawn. */
  admin1Countries: readonly string[];
}

export interface BuildBasemapResult {
  files: Array<{ path: string; bytes: number }>;
  admin1Drawn: string[];
  admin1Missing: string[];
  countryCount: number;
  cityCount: number;
  glyphCount: number;
}

function countryObject(topology: Topology): GeometryCollection {
  const object = topology.objects.countries;
  if (!object || object.type !== 'GeometryCollection') {
    throw new BasemapInputError('world-atlas topology has no "countries" GeometryCollection');
  }
  return object as GeometryCollection;
}

function iso2OfNumeric(id: unknown): string {
  if (typeof id !== 'string' && typeof id !== 'number') return '';
  return countries.numericToAlpha2(id) ?? '';
}

function buildCountries(topology: Topology): {
  fills: FeatureCollection<MultiPolygon, CountryProperties>;
  labels: FeatureCollection<Point, CountryLabelProperties>;
} {
  const collection = topoFeature(topology, countryObject(topology)) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;
  const fills: Feature<MultiPolygon, CountryProperties>[] = [];
  const labels: Feature<Point, CountryLabelProperties>[] = [];
  for (const source of collection.features) {
    if (!source.geometry) continue;
    const geometry = prepareLandGeometry(source.geometry, { tolerance: LAND_TOLERANCE, decimals: DECIMALS });
    if (!geometry) continue;
    const name = source.properties?.name ?? '';
    const iso2 = iso2OfNumeric(source.id);
    fills.push({ type: 'Feature', properties: { name, iso2 }, geometry });
    if (name === '' || iso2 === 'AQ') continue;
    const rank = countryRank(areaKm2(geometry));
    const minzoom = countryLabelMinzoom(rank);
    // A very wide country swaps its single label for one per region once the map is zoomed in.
    const regional = regionalLabelPoints(geometry);
    const points = [
      { point: countryLabelPoint(geometry), minzoom, maxzoom: regional.length > 0 ? REGIONAL_LABEL_MINZOOM : NO_MAXZOOM },
      ...regional.map((point) => ({ point, minzoom: REGIONAL_LABEL_MINZOOM, maxzoom: NO_MAXZOOM })),
    ];
    for (const { point, minzoom: from, maxzoom } of points) {
      labels.push({
        type: 'Feature',
        properties: { name, iso2, rank, minzoom: from, maxzoom },
        geometry: { type: 'Point', coordinates: [roundCoordinate(point[0], DECIMALS), roundCoordinate(point[1], DECIMALS)] },
      });
    }
  }
  const byName = (a: { properties: { name: string; iso2: string } }, b: { properties: { name: string; iso2: string } }) =>
    a.properties.name.localeCompare(b.properties.name, 'en') || a.properties.iso2.localeCompare(b.properties.iso2, 'en');
  fills.sort(byName);
  labels.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      byName(a, b) ||
      a.properties.minzoom - b.properties.minzoom ||
      a.geometry.coordinates[0] - b.geometry.coordinates[0],
  );
  return { fills: { type: 'FeatureCollection', features: fills }, labels: { type: 'FeatureCollection', features: labels } };
}

function buildBorders(topology: Topology): FeatureCollection<MultiLineString, BorderProperties> {
  const object = countryObject(topology);
  const features: Feature<MultiLineString, BorderProperties>[] = [];
  const kinds: Array<[BorderProperties['kind'], (a: unknown, b: unknown) => boolean]> = [
    ['border', (a, b) => a !== b],
    ['coast', (a, b) => a === b],
  ];
  for (const [kind, filter] of kinds) {
    const geometry = prepareLineGeometry(topoMesh(topology, object, filter), { tolerance: LINE_TOLERANCE, decimals: DECIMALS });
    if (geometry) features.push({ type: 'Feature', properties: { kind }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

function buildAdmin1(codes: readonly string[]): {
  collection: FeatureCollection<MultiLineString, { countryCode: string }>;
  drawn: string[];
  missing: string[];
} {
  const features: Feature<MultiLineString, { countryCode: string }>[] = [];
  const drawn: string[] = [];
  const missing: string[] = [];
  for (const code of [...new Set(codes.map((c) => c.toUpperCase()))].sort()) {
    const iso3 = countries.alpha2ToAlpha3(code);
    const topology = iso3 ? loadAdmin1Topology(iso3) : null;
    const object = topology && iso3 ? topology.objects[iso3.toUpperCase()] ?? Object.values(topology.objects)[0] : undefined;
    if (!topology || !object || object.type !== 'GeometryCollection') {
      missing.push(code);
      continue;
    }
    // Internal boundaries only: the country's outline is already drawn by the border/coast lines.
    const lines = topoMesh(topology, object as GeometryCollection, (a, b) => a !== b);
    const geometry = prepareLineGeometry(lines, { tolerance: ADMIN1_TOLERANCE, decimals: DECIMALS });
    if (!geometry) {
      missing.push(code);
      continue;
    }
    features.push({ type: 'Feature', properties: { countryCode: code }, geometry });
    drawn.push(code);
  }
  return { collection: { type: 'FeatureCollection', features }, drawn, missing };
}

function writeOut(file: string, data: string | Uint8Array, written: BuildBasemapResult['files'], publicDir: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  written.push({ path: path.relative(publicDir, file), bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length });
}

export function buildBasemap(options: BuildBasemapOptions): BuildBasemapResult {
  const basemapDir = path.join(options.publicDir, BASEMAP_DIR);
  const glyphsDir = path.join(options.publicDir, GLYPHS_DIR);
  const files: BuildBasemapResult['files'] = [];
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;

  const topology = loadWorldAtlas('50m');
  const { fills, labels } = buildCountries(topology);
  const borders = buildBorders(topology);
  const admin1 = buildAdmin1(options.admin1Countries);
  const cities = buildCityLabels(loadCities(), DECIMALS);
  const glyphFiles = buildGlyphFiles();

  // Start from empty directories so files of an earlier build cannot linger.
  rmSync(basemapDir, { recursive: true, force: true });
  rmSync(glyphsDir, { recursive: true, force: true });
  const sources: Record<keyof typeof BASEMAP_SOURCE_FILES, unknown> = {
    countries: fills,
    borders,
    admin1: admin1.collection,
    countryLabels: labels,
    cityLabels: cities,
  };
  for (const [id, fileName] of Object.entries(BASEMAP_SOURCE_FILES) as Array<[keyof typeof BASEMAP_SOURCE_FILES, string]>) {
    writeOut(path.join(basemapDir, fileName), json(sources[id]), files, options.publicDir);
  }
  for (const glyphFile of glyphFiles) writeOut(path.join(glyphsDir, glyphFile.relativePath), glyphFile.data, files, options.publicDir);

  return {
    files,
    admin1Drawn: admin1.drawn,
    admin1Missing: admin1.missing,
    countryCount: fills.features.length,
    cityCount: cities.features.length,
    glyphCount: glyphFiles.reduce((sum, file) => sum + file.glyphCount, 0),
  };
}
