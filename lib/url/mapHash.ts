// The map view lives in the URL hash as `#map={zoom}/{lat}/{lon}` so that any view can be shared.
// Other hash parts (e.g. an excerpt anchor `excerpt-...`) may stand beside it, separated by `&`.

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export const MAX_LAT = 85.0511;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Wraps a longitude into [-180, 180). */
export function wrapLongitude(lon: number): number {
  if (lon >= -180 && lon < 180) return lon; // no arithmetic, no float drift
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return Object.is(wrapped, -0) ? 0 : wrapped;
}

/** Brings any finite view into the ranges the map accepts. */
export function normalizeMapView(view: MapView): MapView {
  return {
    zoom: clamp(view.zoom, MIN_ZOOM, MAX_ZOOM),
    lat: clamp(view.lat, -MAX_LAT, MAX_LAT),
    lon: wrapLongitude(view.lon),
  };
}

/** Splits a hash (with or without the leading '#') into its `&`-separated parts. */
function hashParts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter((part) => part.length > 0);
}

/** Reads `map=z/lat/lon` from a URL hash. Garbage yields null; out-of-range values are clamped/wrapped. */
export function parseMapHash(hash: string): MapView | null {
  const part = hashParts(hash).find((p) => p.startsWith('map='));
  if (!part) return null;
  let value: string;
  try {
    value = decodeURIComponent(part.slice('map='.length));
  } catch {
    return null;
  }
  const fields = value.split('/');
  if (fields.length !== 3 || !fields.every((f) => NUMBER.test(f))) return null;
  const [zoom, lat, lon] = fields.map(Number);
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  return normalizeMapView({ zoom, lat, lon });
}

/** Formats a view as `map=z/lat/lon` (zoom to 2 decimals, coordinates to 4 or 5 depending on zoom). */
export function formatMapView(view: MapView): string {
  const v = normalizeMapView(view);
  const digits = v.zoom >= 10 ? 5 : 4;
  const fixed = (n: number, d: number) => {
    const s = n.toFixed(d).replace(/\.?0+$/, '');
    return s === '-0' ? '0' : s;
  };
  return `map=${fixed(v.zoom, 2)}/${fixed(v.lat, digits)}/${fixed(v.lon, digits)}`;
}

/** Returns `hash` with its map part replaced by `view` (other parts kept, map part first). */
export function withMapView(hash: string, view: MapView | null): string {
  const others = hashParts(hash).filter((p) => !p.startsWith('map='));
  const parts = view ? [formatMapView(view), ...others] : others;
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The non-map part of a hash that names an element to scroll to (e.g. `excerpt-...`), if any. */
export function anchorFromHash(hash: string): string | null {
  const part = hashParts(hash).find((p) => !p.includes('='));
  if (!part) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
