import { describe, expect, it } from 'vitest';
import { bboxesOverlap, frameAround, geometryPath, project } from '../../lib/share/svgOutline';

describe('svg outlines for preview images', () => {
  const frame = frameAround([34, 50.9, 38.4, 52.4], 600, 400);

  it('frames the place in the middle of the box', () => {
    const [x, y] = project(frame, [36.2, 51.65]);
    expect(x).toBeCloseTo(300, -1);
    expect(y).toBeCloseTo(200, -1);
    const [w, s, e, n] = frame.bbox;
    expect(w).toBeLessThan(34);
    expect(e).toBeGreaterThan(38.4);
    expect(s).toBeLessThan(50.9);
    expect(n).toBeGreaterThan(52.4);
  });

  it('gives a small place a readable window', () => {
    const city = frameAround([125.7, 39, 125.7, 39], 600, 400);
    expect(city.bbox[2] - city.bbox[0]).toBeCloseTo(8, 6);
  });

  it('draws polygons as closed paths inside the box', () => {
    const d = geometryPath(frame, { type: 'Polygon', coordinates: [[[35, 51], [37, 51], [37, 52], [35, 51]]] });
    expect(d).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
    const numbers = d.match(/[\d.]+/g)!.map(Number);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(600);
    expect(geometryPath(frame, { type: 'Point', coordinates: [0, 0] })).toBe('');
  });

  it('tests bbox overlap', () => {
    expect(bboxesOverlap([0, 0, 10, 10], [5, 5, 20, 20])).toBe(true);
    expect(bboxesOverlap([0, 0, 10, 10], [11, 0, 20, 10])).toBe(false);
  });
});
