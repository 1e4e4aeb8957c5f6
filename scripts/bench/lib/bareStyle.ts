// The style the app's map ends up with, as one JSON document: the basemap from the app's style builder
// with the place sources and layers, as the app's map loads it (withPlaceLayers).
import type { StyleSpecification } from 'maplibre-gl';
import { buildBasemapStyle } from '../../../lib/map/basemapStyle';
import { focusCities, splitPlaces } from '../../../lib/map/cityClusters';
import type { PlacesCollection } from '../../../lib/types';
import { PLACES_SOURCE } from '../../../components/map/placeLayers';
import { placeSources } from '../../../components/map/placeSources';
import { withPlaceLayers } from '../../../components/map/placeStyle';

/** The light-theme style with the places source left empty (the bare page fills it with the fetched bytes;
 *  the cities, clustered like the app's, are in the style itself). */
export function bareMapStyle(places: PlacesCollection): StyleSpecification {
  const style = withPlaceLayers(buildBasemapStyle({ theme: 'light' }), 'light');
  const split = splitPlaces(places, null);
  const filled = placeSources(split, focusCities(split, places, null), Boolean(style.glyphs));
  return { ...style, sources: { ...style.sources, ...filled, [PLACES_SOURCE]: style.sources[PLACES_SOURCE] } };
}
