// Which place a click or tap means when several lie under the pointer: the most specific one
// (city over region over area over country), the nearest city first, the smallest shape first; and
// whether it means a cluster of cities instead (which the map then zooms into).
import type { PlaceKind } from '../types';

export interface PickCandidate {
  id: string;
  kind: PlaceKind;
  /** Pixel distance from the pointer to the city's point (cities only). */
  distance?: number;
  /** Drawn radius of the city's circle in px (cities only): a pointer inside the circle is on it. */
  radius?: number;
  /** Whether the pointer lies inside the shape itself, not only in the tolerance box (shapes only). */
  underPointer?: boolean;
  /** Area of the shape's bounding box in square degrees, to prefer the smaller of two shapes. */
  extent?: number;
}

const SPECIFICITY: Record<PlaceKind, number> = { city: 0, region: 1, area: 2, country: 3 };

export function pickPlace(candidates: readonly PickCandidate[]): string | null {
  if (candidates.length === 0) return null;
  const ranked = [...candidates].sort(
    (a, b) =>
      SPECIFICITY[a.kind] - SPECIFICITY[b.kind] ||
      Number(b.underPointer ?? false) - Number(a.underPointer ?? false) ||
      (a.distance ?? 0) - (b.distance ?? 0) ||
      (a.extent ?? 0) - (b.extent ?? 0) ||
      a.id.localeCompare(b.id),
  );
  return ranked[0].id;
}

/** Shapes under the pointer beat shapes only near it; among those, the most specific wins. */
export function pickShapeFirst(candidates: readonly PickCandidate[]): string | null {
  const cities = candidates.filter((c) => c.kind === 'city');
  if (cities.length) return pickPlace(cities);
  const under = candidates.filter((c) => c.underPointer);
  return pickPlace(under.length ? under : candidates);
}

/** Bounding box area in square degrees (east may exceed 180 for shapes across the antimeridian). */
export function bboxExtent([west, south, east, north]: [number, number, number, number]): number {
  return Math.abs(east - west) * Math.abs(north - south);
}

/** A cluster of cities near the pointer, as drawn. */
export interface ClusterCandidate {
  clusterId: number;
  lon: number;
  lat: number;
  /** Pixel distance from the pointer to the cluster's centre. */
  distance: number;
  /** Drawn radius of the cluster's circle in px. */
  radius: number;
}

export type PickTarget = { kind: 'place'; id: string } | { kind: 'cluster'; cluster: ClusterCandidate };

/** Pixels from the pointer to the edge of a circle; 0 inside it. */
function gap(distance: number | undefined, radius: number | undefined): number {
  return Math.max(0, (distance ?? 0) - (radius ?? 0));
}

/**
 * What a click means: the circle (city or cluster) whose edge is nearest the pointer, a city winning a tie
 * (a selected city drawn over its own cluster is what the reader sees); without any circle nearby, the
 * shape `pickShapeFirst` picks.
 */
export function pickTarget(places: readonly PickCandidate[], clusters: readonly ClusterCandidate[]): PickTarget | null {
  const cities = [...places.filter((c) => c.kind === 'city')].sort(
    (a, b) => gap(a.distance, a.radius) - gap(b.distance, b.radius) || (a.distance ?? 0) - (b.distance ?? 0) || a.id.localeCompare(b.id),
  );
  const ranked = [...clusters].sort((a, b) => gap(a.distance, a.radius) - gap(b.distance, b.radius) || a.distance - b.distance || a.clusterId - b.clusterId);
  const city = cities[0];
  const cluster = ranked[0];
  if (city && (!cluster || gap(city.distance, city.radius) <= gap(cluster.distance, cluster.radius))) return { kind: 'place', id: city.id };
  if (cluster) return { kind: 'cluster', cluster };
  const id = pickShapeFirst(places);
  return id ? { kind: 'place', id } : null;
}
