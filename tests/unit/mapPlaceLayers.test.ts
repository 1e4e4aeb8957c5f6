// The app's place sources and layers, added to the basemap style, form a valid MapLibre style: a bad
// expression (feature state where it is not allowed, a zoom curve not at the top) fails here, not in a browser.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { placeLayers, CITIES_SOURCE, CLUSTER_LAYER, FOCUS_CIRCLE_LAYER, INTERACTIVE_LAYERS } from '../../components/map/placeLayers';
import { placeSources } from '../../components/map/placeSources';
import { buildBasemapStyle } from '../../lib/map/basemapStyle';
import { focusCities, splitPlaces } from '../../lib/map/cityClusters';
import type { PlaceFeature, PlacesCollection } from '../../lib/types';

const city = (id: string, lon: number, lat: number): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name: id, kind: 'city', mentionCount: 3, articleIds: ['a'], lon, lat, bbox: [lon, lat, lon, lat] },
});
const places: PlacesCollection = { type: 'FeatureCollection', features: [city('pyongyang', 125.75, 39.03), city('seoul', 126.98, 37.57)] };

describe('place layers', () => {
  it.each(['light', 'dark'] as const)('make a valid style with the %s basemap, with and without labels', (theme) => {
    const base = buildBasemapStyle({ theme });
    const split = splitPlaces(places, null);
    for (const withLabels of [true, false]) {
      const style = {
        ...base,
        sources: { ...base.sources, ...placeSources(split, focusCities(split, places, 'seoul'), withLabels) },
        layers: [...base.layers, ...placeLayers(theme, withLabels)],
      };
      expect(validateStyleMin(style as never)).toEqual([]);
    }
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
