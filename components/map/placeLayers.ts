// The place layers drawn over the basemap: translucent fills with outlines for countries, regions and
// areas; circles sized by mention count for cities, merged into clusters where they crowd; labels. Hover,
// selection and emphasis are feature state.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { cityRadiusExpression, clusterRadiusExpression, IS_CLUSTER, IS_LONE_CITY } from '@/lib/map/cityClusters';
import { FONT_BOLD } from '@/lib/map/fontstacks';
import { MAP_PALETTES, type MapPalette, type MapTheme } from '@/lib/map/palette';
import { shapeFillOpacity, shapeOutlineOpacity } from '@/lib/map/shapeFade';

/** Countries, regions and areas. */
export const PLACES_SOURCE = 'places';
/** The clusterable cities. */
export const CITIES_SOURCE = 'place-cities';
/** Cities never clustered: the selected one and an article's. */
export const FOCUS_SOURCE = 'place-cities-focus';
export const LABELS_SOURCE = 'place-labels';

export const FILL_LAYER = 'places-fill';
export const OUTLINE_LAYER = 'places-outline';
export const CLUSTER_LAYER = 'places-cluster';
export const CLUSTER_COUNT_LAYER = 'places-cluster-count';
export const CIRCLE_LAYER = 'places-city';
export const FOCUS_CIRCLE_LAYER = 'places-city-focus';
export const LABEL_LAYER = 'places-label';
export const CITY_LABEL_LAYER = 'places-city-label';
export const FOCUS_LABEL_LAYER = 'places-city-focus-label';

/** Layers a click or hover can hit, cities and clusters first. */
export const INTERACTIVE_LAYERS = [FOCUS_CIRCLE_LAYER, CIRCLE_LAYER, CLUSTER_LAYER, FILL_LAYER] as const;
/** Every source whose features carry place ids (a city may be in two of them). */
export const PLACE_ID_SOURCES = [PLACES_SOURCE, CITIES_SOURCE, FOCUS_SOURCE] as const;

/** Opacity of the cluster circles, lower while an article's places are emphasized (clusters hold the rest). */
export const CLUSTER_OPACITY = { normal: 0.8, dimmed: 0.22 } as const;

export type Theme = MapTheme;

function kindColor(theme: Theme, part: 'fill' | 'stroke'): ExpressionSpecification {
  const c = MAP_PALETTES[theme].places;
  return ['match', ['get', 'kind'], 'country', c.country[part], 'region', c.region[part], 'area', c.area[part], c.city[part]];
}

const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** Drawing order below labels: big shapes first so smaller ones stay visible on top. */
const kindOrder: ExpressionSpecification = ['match', ['get', 'kind'], 'country', 0, 'area', 1, 'region', 2, 3];

/** Every place label: haloed, faded with its place when an article filter leaves it out. */
function placeLabelPaint(palette: MapPalette) {
  return {
    'text-color': palette.placeLabel,
    'text-halo-color': palette.placeLabelHalo,
    'text-halo-width': 1.5,
    'text-opacity': ['case', dimmed, 0.4, 1] as ExpressionSpecification,
  };
}

function cityCircle(id: string, source: string, theme: Theme, filter?: ExpressionSpecification): LayerSpecification {
  const palette = MAP_PALETTES[theme];
  return {
    id,
    type: 'circle',
    source,
    ...(filter ? { filter } : {}),
    layout: { 'circle-sort-key': ['get', 'mentionCount'] },
    paint: {
      'circle-color': ['case', selected, palette.selected, palette.places.city.fill],
      'circle-radius': ['+', cityRadiusExpression(), ['case', hovered, 2, selected, 2, 0]],
      'circle-opacity': ['case', dimmed, 0.25, 0.85],
      'circle-stroke-color': palette.placeLabelHalo,
      'circle-stroke-width': ['case', selected, 3, 1.5],
    },
  };
}

function cityLabel(id: string, source: string, theme: Theme, filter?: ExpressionSpecification): LayerSpecification {
  const palette = MAP_PALETTES[theme];
  return {
    id,
    type: 'symbol',
    source,
    ...(filter ? { filter } : {}),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT_BOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 8, 14],
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 1.1,
      'text-optional': true,
      'text-padding': 2,
      'symbol-sort-key': ['-', 0, ['get', 'mentionCount']],
    },
    paint: placeLabelPaint(palette),
  };
}

export function placeLayers(theme: Theme, withLabels: boolean): LayerSpecification[] {
  const palette = MAP_PALETTES[theme];
  const color = kindColor(theme, 'fill');
  const stroke = kindColor(theme, 'stroke');
  const selectedColor = palette.selected;
  const isCountry: ExpressionSpecification = ['==', ['get', 'kind'], 'country'];
  const layers: LayerSpecification[] = [
    {
      id: FILL_LAYER,
      type: 'fill',
      source: PLACES_SOURCE,
      filter: isPolygon,
      layout: { 'fill-sort-key': kindOrder },
      paint: {
        // The outline layer draws the edges: the fill's own antialiasing pass would draw them twice.
        'fill-antialias': false,
        'fill-color': ['case', selected, selectedColor, color],
        'fill-opacity': shapeFillOpacity({ selected, hovered, dimmed, isCountry }),
      },
    },
    {
      id: OUTLINE_LAYER,
      type: 'line',
      source: PLACES_SOURCE,
      filter: isPolygon,
      // Miter, not round, joins: the same look at 1–2.5 px, fewer triangles to draw (as the basemap's lines).
      layout: { 'line-sort-key': kindOrder, 'line-join': 'miter' },
      paint: {
        'line-color': ['case', selected, selectedColor, stroke],
        'line-width': ['case', selected, 2.5, hovered, 2, 1],
        'line-opacity': shapeOutlineOpacity({ selected, hovered, dimmed, isCountry }),
      },
    },
    {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: CITIES_SOURCE,
      filter: IS_CLUSTER,
      paint: {
        'circle-color': palette.places.city.fill,
        'circle-radius': ['+', clusterRadiusExpression(), ['case', hovered, 2, 0]],
        'circle-opacity': CLUSTER_OPACITY.normal,
        'circle-stroke-color': palette.placeLabelHalo,
        'circle-stroke-width': ['case', hovered, 3, 2],
      },
    },
    cityCircle(CIRCLE_LAYER, CITIES_SOURCE, theme, IS_LONE_CITY),
    cityCircle(FOCUS_CIRCLE_LAYER, FOCUS_SOURCE, theme),
  ];
  if (withLabels) {
    // Symbol layers are placed from the top one down: focused cities first, then cluster counts (always
    // shown), then shape labels, then the other cities' labels where room is left.
    layers.push(
      cityLabel(CITY_LABEL_LAYER, CITIES_SOURCE, theme, IS_LONE_CITY),
      {
        id: LABEL_LAYER,
        type: 'symbol',
        source: LABELS_SOURCE,
        filter: ['>=', ['zoom'], ['get', 'minzoom']],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 8, 14],
          // Beside the label point rather than on it: that point is often the capital, whose basemap
          // name then stays readable.
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.8,
          'text-max-width': 8,
          'text-optional': true,
          'text-padding': 2,
          'symbol-sort-key': ['-', 0, ['get', 'mentionCount']],
        },
        paint: placeLabelPaint(palette),
      },
      {
        id: CLUSTER_COUNT_LAYER,
        type: 'symbol',
        source: CITIES_SOURCE,
        filter: IS_CLUSTER,
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': [FONT_BOLD],
          'text-size': 12,
          // Always shown, and the labels below keep clear of it.
          'text-allow-overlap': true,
        },
        paint: { 'text-color': palette.clusterText },
      },
      cityLabel(FOCUS_LABEL_LAYER, FOCUS_SOURCE, theme),
    );
  }
  return layers;
}
