import { PLACES_FILE_PATH } from '@/lib/url/apiPaths';

/**
 * The places GeoJSON: the URL usePlaces fetches and the dashboard layout preloads. The file
 * form (same bytes as /api/places), so the dashboard also runs from a static host.
 */
export const PLACES_KEY = PLACES_FILE_PATH;
