// The app's place sources and layers, in the basemap style, form a valid MapLibre style: a bad expression
// (feature state where it is not allowed, a zoom curve not at the top) fails here, not in a browser, which
// does not validate the offline style (MapView's validateStyle).
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  placeLayers,
  CITIES_SOURCE,
  CLUSTER_LAYER,
  CLUSTER_OPACITY,
  FILL_LAYER,
  FOCUS_CIRCLE_LAYER,
  INTERACTIVE_LAYERS,
  LABELS_SOURCE,
  PLACES_SOURCE,
} from '../../components/map/placeLayers';
import { placeSources } from '../../components/map/placeSources';
import { withPlaceLayers } from '../../components/map/placeStyle';
import { BASEMAP_FIRST_LABEL_LAYER, buildBasemapStyle, COUNTRY_LABEL_LAYER, countryLabelFilter } from '../../lib/map/basemapStyle';
import { focusCities, splitPlaces } from '../../lib/map/cityClusters';
import type { PlaceFeature, PlacesCollection } from '../../lib/types';

const city = (id: string, lon: number, lat: number): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name: id, kind: 'city', mentionCount: 3, articleIds: ['a'], lon, lat, bbox: [lon, lat, lon, lat] },
});
const places: PlacesCollection = { type: 'FeatureCollection', features: [city('pyongyang', 125.75, 39.03), city('seoul', 126.98, 37.57)] };

/** A style without glyphs, so without text (as an online style may be). */
function withoutLabels(style: StyleSpecification): StyleSpecification {
  const copy = { ...style, layers: style.layers.filter((layer) => layer.type !== 'symbol') };
  delete copy.glyphs;
  return copy;
}

describe('place layers', () => {
  it.each(['light', 'dark'] as const)('make a valid style with the %s basemap, with and without labels, empty or holding places', (theme) => {
    const base = buildBasemapStyle({ theme });
    const split = splitPlaces(places, null);
    for (const basemap of [base, withoutLabels(base)]) {
      const glyphs = Boolean(basemap.glyphs);
      const empty = withPlaceLayers(basemap, theme);
      expect(validateStyleMin(empty as never)).toEqual([]);
      const holding = { ...empty, sources: { ...empty.sources, ...placeSources(split, focusCities(split, places, 'seoul'), glyphs) } };
      expect(validateStyleMin(holding as never)).toEqual([]);
      // What MapView sets later without maplibre's check: the basemap's country names filtered, clusters dimmed.
      const changed = {
        ...holding,
        layers: holding.layers.map((layer) =>
          layer.id === COUNTRY_LABEL_LAYER
            ? { ...layer, filter: countryLabelFilter(['KP', 'KR']) }
            : layer.id === CLUSTER_LAYER && layer.type === 'circle'
              ? { ...layer, paint: { ...layer.paint, 'circle-opacity': CLUSTER_OPACITY.dimmed } }
              : layer,
        ),
      };
      expect(validateStyleMin(changed as never)).toEqual([]);
      expect(LABELS_SOURCE in empty.sources).toBe(glyphs);
    }
  });

  it('puts shapes and circles under the basemap labels and the place labels on top, keeping the basemap in order', () => {
    const base = buildBasemapStyle({ theme: 'light' });
    const style = withPlaceLayers(base, 'light');
    const ids = style.layers.map((layer) => layer.id);
    const place = placeLayers('light', true);
    const below = place.filter((layer) => layer.type !== 'symbol').map((layer) => layer.id);
    const above = place.filter((layer) => layer.type === 'symbol').map((layer) => layer.id);
    const firstLabel = ids.indexOf(BASEMAP_FIRST_LABEL_LAYER);
    expect(ids.slice(firstLabel - below.length, firstLabel)).toEqual(below);
    expect(ids.slice(-above.length)).toEqual(above);
    expect(ids.filter((id) => !place.some((layer) => layer.id === id))).toEqual(base.layers.map((layer) => layer.id));
    // A style without the offline basemap's labels (an online one): every place layer on top, in order.
    const online: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background' }] };
    expect(withPlaceLayers(online, 'dark').layers.map((layer) => layer.id)).toEqual(['background', ...placeLayers('dark', false).map((layer) => layer.id)]);
  });

  it('starts with empty place sources, and a swapped-in style keeps the ones the previous style held', () => {
    const base = buildBasemapStyle({ theme: 'light' });
    const fresh = withPlaceLayers(base, 'light');
    expect(fresh.sources[PLACES_SOURCE]).toMatchObject({ type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
    expect(fresh.sources[CITIES_SOURCE]).toMatchObject({ cluster: true });
    const split = splitPlaces(places, null);
    const held = { ...fresh, sources: { ...fresh.sources, ...placeSources(split, split.focused, true) } };
    const dark = withPlaceLayers(buildBasemapStyle({ theme: 'dark' }), 'dark', held);
    for (const id of [PLACES_SOURCE, CITIES_SOURCE, LABELS_SOURCE]) expect(dark.sources[id]).toBe(held.sources[id]);
    // The new theme's colours, not the previous style's layers.
    const fill = (style: StyleSpecification) => style.layers.find((layer) => layer.id === FILL_LAYER);
    expect(fill(dark)).toEqual(placeLayers('dark', true).find((layer) => layer.id === FILL_LAYER));
    expect(fill(dark)).not.toEqual(fill(fresh));
  });

  it('clusters the cities and draws the focused ones above the clusters', () => {
    const split = splitPlaces(places, null);
    expect(placeSources(split, split.focused, true)[CITIES_SOURCE]).toMatchObject({ cluster: true, promoteId: 'id' });
    const ids = placeLayers('light', true).map((layer) => layer.id);
    expect(ids.indexOf(FOCUS_CIRCLE_LAYER)).toBeGreaterThan(ids.indexOf(CLUSTER_LAYER));
    // Hit-testing looks at the focused cities first.
    expect(INTERACTIVE_LAYERS[0]).toBe(FOCUS_CIRCLE_LAYER);
  });
});
