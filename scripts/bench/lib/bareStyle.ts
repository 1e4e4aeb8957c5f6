// The style the app's map ends up with, as one JSON document: the basemap from the app's style builder
// plus the place source(s) and layers, inserted where the app's addPlaceLayers inserts them.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_FIRST_LABEL_LAYER, buildBasemapStyle } from '../../../lib/map/basemapStyle';
import { focusCities, splitPlaces } from '../../../lib/map/cityClusters';
import type { PlacesCollection } from '../../../lib/types';
import { PLACES_SOURCE, placeLayers } from '../../../components/map/placeLayers';
import { placeSources } from '../../../components/map/placeSources';

/** The light-theme style with the places source left empty (the bare page fills it with the fetched bytes;
 *  the cities, clustered like the app's, are in the style itself). */
export function bareMapStyle(places: PlacesCollection): StyleSpecification {
  const base = buildBasemapStyle({ theme: 'light' });
  const withLabels = Boolean(base.glyphs);
  const split = splitPlaces(places, null);
  const sources: StyleSpecification['sources'] = {
    ...base.sources,
    ...placeSources(split, focusCities(split, places, null), withLabels),
    [PLACES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
  };
  const layers: LayerSpecification[] = [...base.layers];
  const firstLabel = layers.findIndex((l) => l.id === BASEMAP_FIRST_LABEL_LAYER);
  for (const layer of placeLayers('light', withLabels)) {
    if (layer.type === 'symbol' || firstLabel < 0) layers.push(layer);
    else layers.splice(layers.findIndex((l) => l.id === BASEMAP_FIRST_LABEL_LAYER), 0, layer);
  }
  return { ...base, sources, layers };
}
