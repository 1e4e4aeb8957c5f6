// The place layers drawn over the basemap: translucent fills with outlines for countries, regions and
// areas; circles sized by mention count for cities; labels. Hover, selection and emphasis are feature state.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD } from '@/lib/map/fontstacks';
import { MAP_PALETTES, type MapTheme } from '@/lib/map/palette';

export const PLACES_SOURCE = 'places';
export const FILL_LAYER = 'places-fill';
export const OUTLINE_LAYER = 'places-outline';
export const CIRCLE_LAYER = 'places-city';
export const LABEL_LAYER = 'places-label';
export const LABELS_SOURCE = 'place-labels';
export const INTERACTIVE_LAYERS = [CIRCLE_LAYER, FILL_LAYER] as const;

export type Theme = MapTheme;

function kindColor(theme: Theme, part: 'fill' | 'stroke'): ExpressionSpecification {
  const c = MAP_PALETTES[theme].places;
  return ['match', ['get', 'kind'], 'country', c.country[part], 'region', c.region[part], 'area', c.area[part], c.city[part]];
}

const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** Drawing order below labels: big shapes first so smaller ones stay visible on top. */
const kindOrder: ExpressionSpecification = ['match', ['get', 'kind'], 'country', 0, 'area', 1, 'region', 2, 3];

export function placeLayers(theme: Theme, withLabels: boolean): LayerSpecification[] {
  const palette = MAP_PALETTES[theme];
  const color = kindColor(theme, 'fill');
  const stroke = kindColor(theme, 'stroke');
  const selectedColor = palette.selected;
  const layers: LayerSpecification[] = [
    {
      id: FILL_LAYER,
      type: 'fill',
      source: PLACES_SOURCE,
      filter: isPolygon,
      layout: { 'fill-sort-key': kindOrder },
      paint: {
        'fill-color': ['case', selected, selectedColor, color],
        'fill-opacity': ['case', selected, 0.35, hovered, 0.3, dimmed, 0.04, 0.16],
      },
    },
    {
      id: OUTLINE_LAYER,
      type: 'line',
      source: PLACES_SOURCE,
      filter: isPolygon,
      layout: { 'line-sort-key': kindOrder, 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, selectedColor, stroke],
        'line-width': ['case', selected, 2.5, hovered, 2, 1],
        'line-opacity': ['case', dimmed, 0.25, 0.9],
      },
    },
    {
      id: CIRCLE_LAYER,
      type: 'circle',
      source: PLACES_SOURCE,
      filter: isPoint,
      layout: { 'circle-sort-key': ['get', 'mentionCount'] },
      paint: {
        'circle-color': ['case', selected, selectedColor, color],
        'circle-radius': [
          '+',
          ['interpolate', ['linear'], ['sqrt', ['get', 'mentionCount']], 1, 5, 10, 16],
          ['case', hovered, 2, selected, 2, 0],
        ],
        'circle-opacity': ['case', dimmed, 0.25, 0.85],
        'circle-stroke-color': palette.placeLabelHalo,
        'circle-stroke-width': ['case', selected, 3, 1.5],
      },
    },
  ];
  if (withLabels) {
    layers.push({
      id: LABEL_LAYER,
      type: 'symbol',
      source: LABELS_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 8, 14],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
        'text-optional': true,
        'symbol-sort-key': ['-', 0, ['get', 'mentionCount']],
      },
      paint: {
        'text-color': palette.placeLabel,
        'text-halo-color': palette.placeLabelHalo,
        'text-halo-width': 1.5,
        'text-opacity': ['case', dimmed, 0.4, 1],
      },
    });
  }
  return layers;
}
