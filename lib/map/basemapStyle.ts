// The offline MapLibre style: every source and glyph URL is same-origin, so the map works
// with no network beyond the app itself. Pure: no DOM, no maplibre runtime (types only).
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_DIR, BASEMAP_SOURCE_FILES, GLYPHS_DIR, type BasemapSourceId } from './basemapFiles';
import { FONT_BOLD, FONT_REGULAR } from './fontstacks';
import { MAP_PALETTES, type MapTheme } from './palette';

export interface BasemapStyleOptions {
  theme: MapTheme;
  /**
   * Same-origin path prefix the site is served under ("" or "/base-path"). Must not be an
   * absolute http(s) URL: the basemap is self-hosted.
   */
  assetBase?: string;
}

/**
 * Id of the first (lowest) label layer: insert app layers before it to keep basemap labels on top.
 * Country labels sit above city labels so that MapLibre, which places symbols from the top layer
 * down, keeps country names when they collide with city names at small scales.
 */
export const BASEMAP_FIRST_LABEL_LAYER = 'city-label';

const NATURAL_EARTH_ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';
const GEONAMES_ATTRIBUTION =
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

function normaliseAssetBase(assetBase: string | undefined): string {
  const base = (assetBase ?? '').trim().replace(/\/+$/, '');
  if (base === '') return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(base) || base.startsWith('//')) {
    throw new Error(`assetBase "${base}" must be a same-origin path such as "/app", not a URL: the basemap is self-hosted`);
  }
  return base.startsWith('/') ? base : `/${base}`;
}

/**
 * How far (in screen pixels) maplibre may simplify the outlines it tiles: 1, where its default is 0.375.
 * Every line stays within a pixel of where it was; each frame has fewer vertices to draw (and the worker
 * fewer to tile): at 5 articles about a third less drawing per frame in software WebGL, at 10,000 no
 * measurable change (docs/BENCHMARKS-pageload.md).
 */
export const SHAPE_TOLERANCE_PX = 1;

function geojsonSource(base: string, id: BasemapSourceId, attribution: string): SourceSpecification {
  return { type: 'geojson', data: `${base}/${BASEMAP_DIR}/${BASEMAP_SOURCE_FILES[id]}`, attribution, tolerance: SHAPE_TOLERANCE_PX };
}

/** Zoom-dependent filter: a feature shows from its own `minzoom` property on. */
const fromOwnMinzoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];
/** … and, where it has one, up to its own `maxzoom`. */
const withinOwnZooms: ExpressionSpecification = ['all', fromOwnMinzoom, ['<', ['zoom'], ['coalesce', ['get', 'maxzoom'], 24]]];

export const COUNTRY_LABEL_LAYER = 'country-label';

/**
 * Filter of the basemap's country labels, leaving out the countries given (ISO alpha-2): the app labels
 * the countries that are places itself, and two names ("NORWAY" and "Norway") would stand side by side.
 */
export function countryLabelFilter(hiddenCodes: readonly string[]): ExpressionSpecification {
  if (hiddenCodes.length === 0) return withinOwnZooms;
  return ['all', withinOwnZooms, ['!', ['in', ['get', 'iso2'], ['literal', [...hiddenCodes].sort()]]]];
}

export function buildBasemapStyle(options: BasemapStyleOptions): StyleSpecification {
  const palette = MAP_PALETTES[options.theme];
  if (!palette) throw new Error(`Unknown map theme "${String(options.theme)}": use "light" or "dark"`);
  const colours = palette.basemap;
  const base = normaliseAssetBase(options.assetBase);

  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': colours.ocean } },
    {
      id: 'land',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': colours.land, 'fill-antialias': false },
    },
    {
      id: 'coastline',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'coast'],
      // Miter joins (bevelled past the miter limit): at these widths they look like round ones, and
      // draw fewer triangles, so every frame is cheaper (docs/BENCHMARKS-pageload.md, bench:frames).
      layout: { 'line-join': 'miter' },
      paint: {
        'line-color': colours.coastline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.1],
      },
    },
    {
      id: 'admin1-border',
      type: 'line',
      source: 'admin1',
      minzoom: 3,
      layout: { 'line-join': 'miter' },
      paint: {
        'line-color': colours.admin1Border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
        'line-dasharray': [3, 2],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0, 3.5, 1],
      },
    },
    {
      id: 'country-border',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'border'],
      layout: { 'line-join': 'miter' },
      paint: {
        'line-color': colours.countryBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 4, 1, 8, 1.8],
      },
    },
    {
      id: BASEMAP_FIRST_LABEL_LAYER,
      type: 'symbol',
      source: 'cityLabels',
      filter: fromOwnMinzoom,
      // The city dot is a bullet glyph at the start of the label rather than a sprite icon: MapLibre
      // requires absolute sprite URLs, and one text box makes dot and name collide as a unit.
      layout: {
        'text-field': ['format', '\u2022', { 'font-scale': 1.5 }, '\u2009', {}, ['get', 'name'], {}],
        'text-font': ['case', ['get', 'capital'], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': [
          'interpolate', ['linear'], ['zoom'],
          2, ['case', ['get', 'capital'], 11, 10],
          8, ['case', ['get', 'capital'], 15, 13],
        ],
        'text-anchor': 'left',
        'text-offset': [-0.35, -0.1],
        'text-max-width': 12,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 3,
      },
      paint: {
        'text-color': colours.cityLabel,
        'text-halo-color': colours.cityLabelHalo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: COUNTRY_LABEL_LAYER,
      type: 'symbol',
      source: 'countryLabels',
      filter: countryLabelFilter([]),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_BOLD],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 7,
        'text-size': [
          'interpolate', ['linear'], ['zoom'],
          1, ['match', ['get', 'rank'], 1, 11, 2, 10, 9],
          6, ['match', ['get', 'rank'], 1, 17, 2, 15, 3, 14, 12],
        ],
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 4,
      },
      paint: {
        'text-color': colours.countryLabel,
        'text-halo-color': colours.countryLabelHalo,
        'text-halo-width': 1.2,
      },
    },
  ];

  return {
    version: 8,
    name: `Offline basemap (${options.theme})`,
    glyphs: `${base}/${GLYPHS_DIR}/{fontstack}/{range}.pbf`,
    sources: {
      countries: geojsonSource(base, 'countries', NATURAL_EARTH_ATTRIBUTION),
      borders: geojsonSource(base, 'borders', NATURAL_EARTH_ATTRIBUTION),
      admin1: geojsonSource(base, 'admin1', NATURAL_EARTH_ATTRIBUTION),
      countryLabels: geojsonSource(base, 'countryLabels', NATURAL_EARTH_ATTRIBUTION),
      cityLabels: geojsonSource(base, 'cityLabels', GEONAMES_ATTRIBUTION),
    },
    layers,
  };
}

/** What the map should load: the self-hosted style object, or an opted-in online style URL. */
export type StyleSource =
  | { kind: 'offline'; style: StyleSpecification }
  | { kind: 'online'; url: string };

export interface StyleSourceEnv {
  NEXT_PUBLIC_MAP_STYLE_URL?: string;
}

/**
 * The offline style unless NEXT_PUBLIC_MAP_STYLE_URL opts in to an online style (off by default).
 * A malformed URL is an error naming the setting rather than a silently blank map.
 */
export function resolveStyleSource(env: StyleSourceEnv, theme: MapTheme, assetBase?: string): StyleSource {
  const url = env.NEXT_PUBLIC_MAP_STYLE_URL?.trim();
  if (!url) return { kind: 'offline', style: buildBasemapStyle({ theme, assetBase }) };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`NEXT_PUBLIC_MAP_STYLE_URL "${url}" is not a valid URL; unset it to use the offline basemap`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`NEXT_PUBLIC_MAP_STYLE_URL "${url}" must be an http(s) URL; unset it to use the offline basemap`);
  }
  return { kind: 'online', url: parsed.toString() };
}
