// Which place a click or tap means when several lie under the pointer: the most specific one
// (city over region over area over country), the nearest city first, the smallest shape first.
import type { PlaceKind } from '../types';

export interface PickCandidate {
  id: string;
  kind: PlaceKind;
  /** Pixel distance from the pointer to the city's point (cities only). */
  distance?: number;
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
