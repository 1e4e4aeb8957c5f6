'use client';
import useSWR from 'swr';
import type { PlacesCollection } from '@/lib/types';
import { fetchJson } from './fetchJson';

export const PLACES_KEY = '/api/places';

/** The places GeoJSON, fetched once and shared by the map and the panel. */
export function usePlaces() {
  return useSWR<PlacesCollection>(PLACES_KEY, fetchJson, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
}
