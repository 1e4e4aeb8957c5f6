// The byte budget of places.geojson's shapes (lib/ingest/detailBudget.ts): a small corpus keeps full
// detail, a large one gets the finest levels that fit, the result depends only on the places.
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer, ShapeLevelsOf } from '../../lib/gazetteer/types';
import { placeStatic, type PlaceStatic } from '../../lib/ingest/buildOutputs';
import { SHAPES_BUDGET_BYTES, allocateDetail, detailWeight, type DetailCandidate } from '../../lib/ingest/detailBudget';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer, generatedShapeLevels } from './gazetteer-fixture';

/** Sizes halving level by level, like a shape's geometry JSON. */
const halving = (finest: number): number[] => [0, 1, 2, 3, 4, 5].map((level) => Math.round(finest / 2 ** level));

/** `count` places in a row, each bordering the next, mentioned with Zipf weights (the first most). */
function chain(count: number, finest = 10_000): DetailCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(4, '0')}`,
    mentionCount: Math.max(1, Math.round(10_000 / (i + 1))),
    sizes: halving(finest),
    neighbours: [i > 0 ? `p${String(i - 1).padStart(4, '0')}` : '', i < count - 1 ? `p${String(i + 1).padStart(4, '0')}` : ''].filter(Boolean),
  }));
}

const cost = (candidates: readonly DetailCandidate[], levels: ReadonlyMap<string, number>): number =>
  candidates.reduce((sum, candidate) => sum + candidate.sizes[levels.get(candidate.id) ?? 0], 0);

describe('allocateDetail', () => {
  it('keeps every place at full detail when they fit', () => {
    const places = chain(20);
    expect(cost(places, allocateDetail(places, 1_000_000))).toBe(200_000);
    expect([...allocateDetail(places, 1_000_000).values()].every((level) => level === 0)).toBe(true);
  });

  it('fits the budget with coarser levels, the most mentioned places the finest', () => {
    const places = chain(400);
    const levels = allocateDetail(places, 800_000);
    expect(cost(places, levels)).toBeLessThanOrEqual(800_000);
    expect(cost(places, levels)).toBeGreaterThan(600_000); // not needlessly coarse
    const ordered = places.map((place) => levels.get(place.id) ?? -1);
    expect(ordered[0]).toBeLessThan(ordered[ordered.length - 1]);
    // Mentions fall along the chain, so levels never get finer along it.
    ordered.slice(1).forEach((level, i) => expect(level).toBeGreaterThanOrEqual(ordered[i]));
  });

  it('gives a smaller corpus finer detail than a larger one under the same budget', () => {
    const total = (count: number) => {
      const levels = allocateDetail(chain(count), 800_000);
      return [...levels.values()].reduce((sum, level) => sum + level, 0) / count;
    };
    expect(total(100)).toBeLessThan(total(400));
    expect(total(400)).toBeLessThan(total(1600));
  });

  it('keeps neighbours within one level of each other', () => {
    // A heavily mentioned place next to rarely mentioned ones.
    const places: DetailCandidate[] = [
      { id: 'hub', mentionCount: 100_000, sizes: halving(50_000), neighbours: ['a', 'b'] },
      ...['a', 'b', 'c', 'd'].map((id, i) => ({ id, mentionCount: 1, sizes: halving(50_000), neighbours: i === 0 ? ['hub'] : i === 1 ? ['hub', 'c'] : i === 2 ? ['b', 'd'] : ['c'] })),
    ];
    // hub at level 0 (50,000 bytes) forces a and b to level 1 (25,000 each), c to 2 and d to 3 at most.
    const levels = allocateDetail(places, 120_000);
    expect(levels.get('hub')).toBe(0);
    for (const place of places) {
      for (const neighbour of place.neighbours) expect(Math.abs((levels.get(place.id) ?? 0) - (levels.get(neighbour) ?? 0))).toBeLessThanOrEqual(1);
    }
    expect(levels.get('d')).toBeGreaterThan(1);
  });

  it('is deterministic and independent of the order of the places', () => {
    const places = chain(300);
    const once = [...allocateDetail(places, 500_000)];
    const reversed = [...allocateDetail([...places].reverse(), 500_000)];
    expect(reversed).toEqual(once);
    expect(once.map(([id]) => id)).toEqual([...once.map(([id]) => id)].sort());
  });

  it('gives every place its coarsest level when even those exceed the budget, and a place without levels level 0', () => {
    const places = [...chain(50), { id: 'single', mentionCount: 1, sizes: [5_000], neighbours: [] }];
    const levels = allocateDetail(places, 1_000);
    expect(places.filter((place) => place.sizes.length > 1).every((place) => levels.get(place.id) === 5)).toBe(true);
    expect(levels.get('single')).toBe(0);
  });

  it('weighs detail by the logarithm of the mentions', () => {
    expect(detailWeight(0)).toBe(1);
    expect(detailWeight(1)).toBe(1);
    expect(detailWeight(1023)).toBe(10);
  });
});

describe('the budget with the generated gazetteer', () => {
  let gazetteer: Gazetteer;
  let levelsOf: ShapeLevelsOf;
  beforeAll(() => {
    gazetteer = generatedGazetteer();
    levelsOf = generatedShapeLevels();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  const candidatesOf = (ids: readonly string[]): { candidates: DetailCandidate[]; statics: Map<string, PlaceStatic> } => {
    const statics = new Map(ids.map((id) => [id, placeStatic(gazetteer.byId.get(id)!, gazetteer.shapes, levelsOf)]));
    const candidates = ids.map((id, rank) => {
      const place = statics.get(id)!;
      return { id, mentionCount: Math.max(1, Math.round(40_000 / (rank + 1))), sizes: place.geometryJson.map((json) => json.length), neighbours: place.neighbours ?? [] };
    });
    return { candidates, statics };
  };
  const gzipOfChosen = (statics: ReadonlyMap<string, PlaceStatic>, levels: ReadonlyMap<string, number>): number =>
    gzipSync(`[${[...levels].map(([id, level]) => statics.get(id)!.geometryJson[level]).join(',')}]`).length;

  it('keeps the default corpus\'s kind of places at level 0', () => {
    const ids = ['russia', 'ukraine', 'united-states', 'china', 'kursk-oblast', 'belgorod-oblast', 'crimea', 'donbas', 'korean-peninsula'];
    const { candidates } = candidatesOf(ids);
    expect([...allocateDetail(candidates).values()].every((level) => level === 0)).toBe(true);
  });

  it('fits every country and a thousand regions within the budget, under 300 KB gzipped', () => {
    const countries = gazetteer.records.filter((record) => record.kind === 'country').map((record) => record.id);
    const regions = gazetteer.records.filter((record) => record.kind === 'region').map((record) => record.id).slice(0, 1000);
    const { candidates, statics } = candidatesOf([...countries, ...regions]);
    const finest = candidates.reduce((sum, candidate) => sum + candidate.sizes[0], 0);
    expect(finest).toBeGreaterThan(SHAPES_BUDGET_BYTES * 2);
    const levels = allocateDetail(candidates);
    expect(cost(candidates, levels)).toBeLessThanOrEqual(SHAPES_BUDGET_BYTES);
    expect(gzipOfChosen(statics, levels)).toBeLessThanOrEqual(300_000);
    expect(levels.get(countries[0])).toBeLessThanOrEqual(2);
  });
});
