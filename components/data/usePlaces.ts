'use client';
import useSWR from 'swr';
import type { PlacesCollection } from '@/lib/types';
import { fetchJson } from './fetchJson';
import { PLACES_KEY } from './placesKey';

export { PLACES_KEY };

/** The places GeoJSON, fetched once and shared by the map and the panel. */
export function usePlaces() {
  return useSWR<PlacesCollection>(PLACES_KEY, fetchJson, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
}
