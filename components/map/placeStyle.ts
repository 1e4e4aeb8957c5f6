// The basemap style with the place sources and layers in it. Loaded as one style, maplibre sets the
// places up with the basemap (and checks them once, or not at all: see MapView's validateStyle) instead
// of validating and re-ordering the style for each source and layer added after it has loaded.
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_FIRST_LABEL_LAYER } from '@/lib/map/basemapStyle';
import { splitPlaces } from '@/lib/map/cityClusters';
import { placeLayers, type Theme } from './placeLayers';
import { placeSources } from './placeSources';

const NO_PLACES = splitPlaces({ type: 'FeatureCollection', features: [] }, null);

/**
 * `style` with the place layers (shapes and city circles below the basemap's labels, place labels on top)
 * and their sources: those of `previous` where it has them, so that a style swapped in (the other theme)
 * keeps the places the map holds instead of drawing none until they are set again; empty ones otherwise.
 */
export function withPlaceLayers(style: StyleSpecification, theme: Theme, previous?: StyleSpecification): StyleSpecification {
  const withLabels = Boolean(style.glyphs);
  const empty = placeSources(NO_PLACES, NO_PLACES.focused, withLabels);
  const sources = Object.fromEntries(Object.entries(empty).map(([id, source]) => [id, previous?.sources[id] ?? source]));
  const place = placeLayers(theme, withLabels);
  const layers = [...style.layers];
  const firstLabel = layers.findIndex((layer) => layer.id === BASEMAP_FIRST_LABEL_LAYER);
  if (firstLabel < 0) layers.push(...place);
  else {
    layers.splice(firstLabel, 0, ...place.filter((layer) => layer.type !== 'symbol'));
    layers.push(...place.filter((layer) => layer.type === 'symbol'));
  }
  return { ...style, sources: { ...style.sources, ...sources }, layers };
}
