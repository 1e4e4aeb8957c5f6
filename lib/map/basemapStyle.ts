// TEMPORARY stand-in until the basemap branch lands (replaced by it).
import type { StyleSpecification } from 'maplibre-gl';
export const BASEMAP_FIRST_LABEL_LAYER = 'country-labels';
export function buildBasemapStyle({ theme }: { theme: 'light' | 'dark' }): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme === 'dark' ? '#0f1720' : '#dfe9f0' } }],
  };
}
