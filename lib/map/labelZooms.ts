// Which shape labels the map shows at which zoom. A large corpus has thousands of places: labelling every
// region at the world view only fills it with names. The most mentioned places are labelled from the
// start; the others once the map is close enough for their shape to be seen.
import type { PlaceKind } from '../types';

/** Places ranked this high (by mentions) are labelled at every zoom. */
export const ALWAYS_LABELLED = 30;

/** Zoom from which a shape's label shows, by the place's rank (0 = most mentioned) and kind. */
export function labelMinZoom(rank: number, kind: PlaceKind): number {
  if (rank < ALWAYS_LABELLED) return 0;
  if (kind === 'country') return 2;
  if (kind === 'area') return 3;
  return 4;
}

/** Ranks by mentions, most mentioned first; ties broken by id, so that the order is stable. */
export function mentionRanks(places: ReadonlyArray<{ id: string; mentionCount: number }>): Map<string, number> {
  const sorted = [...places].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
  return new Map(sorted.map((place, i) => [place.id, i]));
}
