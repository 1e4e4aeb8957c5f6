// Levels of detail of display shapes. The gazetteer stores every shape at each level; the ingest picks,
// per place, the finest level that keeps a corpus's places within the size budget (lib/ingest/detailBudget.ts).
// A small corpus gets level 0 for everything; a corpus that names every country and hundreds of regions
// gets coarser levels for the places it mentions least.

export interface DetailLevel {
  /** Douglas-Peucker tolerance in degrees. */
  tolerance: number;
  /** Decimal places kept: enough that rounding moves a vertex by at most an eighth of the tolerance. */
  decimals: number;
}

/** Level 0 is the detail a few places are drawn with (0.01°: under 2 px at zoom 7, the closest a region
 *  is fitted). Each further level doubles the tolerance, so that neighbours one level apart differ by at
 *  most one level's tolerance along their border; level 5 (0.32°) is about a pixel at the world view. */
export const LEVEL_TOLERANCES: readonly number[] = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32];

export const DETAIL_LEVELS: readonly DetailLevel[] = LEVEL_TOLERANCES.map((tolerance) => ({ tolerance, decimals: decimalsFor(tolerance) }));

/**
 * A shape is never simplified with a tolerance above this fraction of its extent (the larger side of its
 * largest part's box): Andorra, Luxembourg or a city region keep an outline of a dozen vertices or more
 * at every level instead of collapsing to a triangle. A border shared with such a shape is simplified
 * at the small shape's tolerance on both sides, so the neighbours still meet exactly.
 */
export const MIN_TOLERANCE_FRACTION_OF_EXTENT = 1 / 16;

/** The tolerance a shape of the given extent gets at a level. */
export function shapeTolerance(levelTolerance: number, extent: number): number {
  return Math.min(levelTolerance, extent * MIN_TOLERANCE_FRACTION_OF_EXTENT);
}

/** Fewest decimals whose rounding error (half a unit of the last place) is at most an eighth of the
 *  tolerance, i.e. a unit of at most a quarter: 0.01° and 0.02° keep 3, 0.04° to 0.32° keep 2. Counted
 *  rather than computed with log10, whose result for 4 / 0.04 may land a hair above 2. */
export function decimalsFor(tolerance: number): number {
  const unit = tolerance / 4;
  let decimals = 0;
  while (decimals < 7 && 10 ** -decimals > unit * (1 + 1e-9)) decimals++;
  return decimals;
}
