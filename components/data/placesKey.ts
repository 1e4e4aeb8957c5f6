/** The places GeoJSON endpoint: the SWR key of usePlaces and the URL the dashboard layout preloads. */
export const PLACES_KEY = '/api/places';
