// Draws the app's map with nothing around it. The style (basemap + place layers, places source empty)
// comes from the benchmark, serialised from the app's own style builder and layer list.
import { Map as MapLibreMap, setWorkerUrl } from '/maplibre-gl.mjs';

const query = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (query.get('w')) container.style.width = `${query.get('w')}px`;
if (query.get('h')) container.style.height = `${query.get('h')}px`;
setWorkerUrl('/maplibre-gl-worker.mjs');

const style = JSON.parse(document.getElementById('bare-style').textContent);
const places = await window.barePlaces;
style.sources.places.data = places;

const map = new MapLibreMap({
  container,
  style,
  center: [Number(query.get('lon') ?? 60), Number(query.get('lat') ?? 35)],
  zoom: Number(query.get('zoom') ?? 1.6),
  attributionControl: { compact: true },
  fadeDuration: 0,
  // As the app's map: the style is checked by the app's unit tests, not in the browser.
  validateStyle: false,
});
map.on('movestart', () => container.setAttribute('data-map-state', 'moving'));
map.on('idle', () => container.setAttribute('data-map-state', 'idle'));
const selected = query.get('selected');
if (selected) map.once('load', () => map.setFeatureState({ source: 'places', id: selected }, { selected: true }));
