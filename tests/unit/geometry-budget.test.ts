import { gzipSync } from 'node:zlib';
import type { Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { vertexCount } from '../../lib/geometry/measure';
import { simplifyForDisplay } from '../../lib/geometry/simplify';
import type { Gazetteer } from '../../lib/gazetteer/types';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer } from './gazetteer-fixture';

const gzipBytes = (value: unknown) => gzipSync(JSON.stringify(value)).length;

/** A wiggly circle with many vertices, like a detailed coastline. */
function detailedRing(vertices: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    const radius = 5 + 0.3 * Math.sin(angle * 40) + 0.05 * Math.sin(angle * 400);
    ring.push([30 + radius * Math.cos(angle), 50 + radius * Math.sin(angle)]);
  }
  ring.push(ring[0]);
  return ring;
}

describe('simplifyForDisplay', () => {
  it('cuts a shape down to the vertex budget and rounds to 4 decimals', () => {
    const shape: Polygon = { type: 'Polygon', coordinates: [detailedRing(20_000)] };
    const simplified = simplifyForDisplay(shape, { tolerance: 0.001, maxVertices: 500 });
    expect(vertexCount(simplified)).toBeLessThanOrEqual(500);
    expect(vertexCount(simplified)).toBeGreaterThan(50);
    const coordinates = JSON.stringify(simplified).match(/-?\d+\.\d+/g) ?? [];
    expect(coordinates.every((number) => number.split('.')[1].length <= 4)).toBe(true);
  });

  it('drops islands smaller than the tolerance but keeps the main part', () => {
    const island: Position[] = [[40, 40], [40.0001, 40], [40.0001, 40.0001], [40, 40.0001], [40, 40]];
    const simplified = simplifyForDisplay(
      { type: 'MultiPolygon', coordinates: [[detailedRing(2000)], [island]] },
      { tolerance: 0.01, maxVertices: 5000 },
    );
    expect(simplified.type).toBe('Polygon');
  });
});

describe('display shape sizes', () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = generatedGazetteer();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  it.each(['russia', 'united-states', 'china', 'canada', 'indonesia', 'australia'])('%s stays within 25 KB gzipped', (id) => {
    expect(gzipBytes(gazetteer.shapes[id])).toBeLessThanOrEqual(25_000);
  });

  it('every shape stays within 25 KB gzipped', () => {
    const over = Object.entries(gazetteer.shapes)
      .filter(([, shape]) => gzipBytes(shape) > 25_000)
      .map(([id]) => id);
    expect(over).toEqual([]);
  });

  it('a corpus worth of places stays within 300 KB gzipped', () => {
    // The fifteen heaviest countries plus regions and areas: more shape than a typical news corpus draws.
    const countries = gazetteer.records
      .filter((record) => record.kind === 'country')
      .map((record) => record.id)
      .sort((a, b) => gzipBytes(gazetteer.shapes[b]) - gzipBytes(gazetteer.shapes[a]))
      .slice(0, 15);
    const others = ['kursk-oblast', 'belgorod-oblast', 'bryansk-oblast', 'donetsk-oblast', 'luhansk-oblast', 'crimea', 'donbas', 'korean-peninsula'];
    const features = [...countries, ...others].map((id) => ({ type: 'Feature', id, properties: { id }, geometry: gazetteer.shapes[id] }));
    expect(gzipBytes({ type: 'FeatureCollection', features })).toBeLessThanOrEqual(300_000);
  });

  it('keeps enough detail to be recognisable', () => {
    expect(vertexCount(gazetteer.shapes['russia'])).toBeGreaterThan(500);
    expect(vertexCount(gazetteer.shapes['kursk-oblast'])).toBeGreaterThan(50);
  });
});
