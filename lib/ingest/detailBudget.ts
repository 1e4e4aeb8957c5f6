// How detailed each place's shape is in places.geojson. The gazetteer stores every shape at a few levels
// of detail (lib/geometry/levels.ts); every shape a corpus names is shipped to the browser at once, so the
// shapes together must stay within a size budget. Pure and deterministic: the levels depend only on the
// places' mention counts, sizes and neighbours, never on the order they are given in or on earlier runs,
// so an incremental ingest writes what a fresh one writes.
import { LEVEL_TOLERANCES } from '../geometry/levels';

/**
 * The shapes' geometry JSON of a places.geojson together, in bytes. Coordinate JSON of these levels
 * compresses about 2.8x with gzip, so this keeps the shapes under 300 KB gzipped (282 KB at 1,000
 * articles, 290 KB at 10,000: docs/BENCHMARKS-places.md), leaving room in the 1 MB for the properties
 * (mostly articleIds, 466 KB gzipped at 10,000 articles). The default corpus (16 shapes) needs a fifth
 * of it at level 0.
 */
export const SHAPES_BUDGET_BYTES = 800_000;

export interface DetailCandidate {
  id: string;
  mentionCount: number;
  /** Bytes of the shape's geometry JSON at each level, finest first (a shape without levels has one). */
  sizes: readonly number[];
  /** Ids of the shapes it shares borders with (those not in the collection are ignored). */
  neighbours: readonly string[];
}

/**
 * How much a place's detail counts: log2(1 + mentions), so a place named 10,000 times may be drawn about
 * 13 times as exact as one named once (three to four levels finer). Gentler than the mentions themselves
 * or their square root on purpose: at a 10,000-article corpus a steeper weight spends the budget on the
 * few most named countries at level 0, which nobody sees at the zoom a country is viewed at, and leaves
 * hundreds of regions at the coarsest level, which everybody sees at zoom 5.
 */
export function detailWeight(mentionCount: number): number {
  return Math.log2(1 + Math.max(1, mentionCount));
}

/**
 * The level of each candidate (0 = finest), as small as the budget allows:
 *
 * 1. Every place may be drawn with an error of up to λ / weight degrees: it gets the coarsest level whose
 *    tolerance is within that (level 0 if none is). One λ for the whole collection, the smallest whose
 *    levels fit the budget, found by binary search over the values where some place changes level.
 * 2. Neighbours are at most one level apart: a coarser neighbour of a detailed place is refined, so a
 *    border two drawn shapes share differs between them by at most one level's tolerance (at equal
 *    levels they share it exactly). This costs bytes, and is counted against the budget in step 1.
 *
 * When even the coarsest levels exceed the budget, every place gets its coarsest level.
 */
export function allocateDetail(candidates: readonly DetailCandidate[], budget = SHAPES_BUDGET_BYTES, weight = detailWeight): Map<string, number> {
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexOf = new Map(sorted.map((candidate, i) => [candidate.id, i]));
  const adjacent = sorted.map((candidate) => candidate.neighbours.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined));
  const weights = sorted.map((candidate) => weight(candidate.mentionCount));
  const coarsest = sorted.map((candidate) => Math.min(candidate.sizes.length, LEVEL_TOLERANCES.length) - 1);

  const levelsAt = (lambda: number): number[] => {
    const levels = sorted.map((_, i) => {
      let level = 0;
      while (level < coarsest[i] && LEVEL_TOLERANCES[level + 1] * weights[i] <= lambda) level++;
      return level;
    });
    return withinOneLevelOfNeighbours(levels, adjacent);
  };
  const cost = (levels: readonly number[]): number => levels.reduce((sum, level, i) => sum + sorted[i].sizes[level], 0);

  // λ values at which some place may move to a coarser level; between two of them nothing changes.
  const steps = [...new Set(sorted.flatMap((_, i) => LEVEL_TOLERANCES.slice(1, coarsest[i] + 1).map((tolerance) => tolerance * weights[i])))].sort((a, b) => a - b);
  const candidatesLambda = [0, ...steps];
  let chosen = levelsAt(0);
  if (cost(chosen) > budget) {
    // Invariant: the levels at candidatesLambda[high] fit (or high is the last), those at [low] do not.
    let low = 0;
    let high = candidatesLambda.length - 1;
    chosen = levelsAt(candidatesLambda[high]);
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      const levels = levelsAt(candidatesLambda[middle]);
      if (cost(levels) <= budget) {
        high = middle;
        chosen = levels;
      } else low = middle;
    }
  }
  return new Map(sorted.map((candidate, i) => [candidate.id, chosen[i]]));
}

/** Refines places so that no two neighbours are more than one level apart (breadth first from the finest). */
function withinOneLevelOfNeighbours(levels: number[], adjacent: readonly number[][]): number[] {
  const maxLevel = Math.max(0, ...levels);
  for (let level = 0; level < maxLevel; level++) {
    levels.forEach((own, i) => {
      if (own !== level) return;
      for (const j of adjacent[i]) if (levels[j] > level + 1) levels[j] = level + 1;
    });
  }
  return levels;
}
