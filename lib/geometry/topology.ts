// Shapes as TopoJSON stores them: rings made of arcs, each border between two neighbours stored once.
// Simplifying the arcs rather than each shape keeps neighbours' shared borders identical, so their fills
// meet without slivers and their outlines coincide.
import type { Position } from 'geojson';

/** A shape's polygons, each a list of rings, each a list of arc references (`~i`: arc i reversed). */
export type ArcPolygons = number[][][];

export interface QuantizedTopology {
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
}

/** The topology's arcs in absolute coordinates (delta-decoded and un-quantized, as topojson-client does). */
export function decodeArcs(topology: QuantizedTopology): Position[][] {
  const transform = topology.transform;
  if (!transform) return topology.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([stepX, stepY]) => {
      x += stepX;
      y += stepY;
      return [x * kx + dx, y * ky + dy];
    });
  });
}

export function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/** How many shapes use each arc: 1 for a coast (or an outer border), 2 for a border between two shapes. */
export function arcUseCounts(shapes: readonly ArcPolygons[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const polygons of shapes) {
    const arcs = new Set(polygons.flat(2).map(arcIndex));
    for (const arc of arcs) counts.set(arc, (counts.get(arc) ?? 0) + 1);
  }
  return counts;
}

/** A closed ring from its arcs; each arc after the first starts where the previous one ended. */
export function ringFromArcs(refs: readonly number[], arcOf: (index: number) => Position[]): Position[] {
  const ring: Position[] = [];
  for (const ref of refs) {
    const arc = arcOf(arcIndex(ref));
    const points = ref < 0 ? [...arc].reverse() : arc;
    ring.push(...(ring.length ? points.slice(1) : points));
  }
  return ring;
}

/** Douglas-Peucker on an open or closed line, keeping both ends: the same input always gives the same output. */
export function douglasPeucker(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const squared = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestDistance = squared;
    for (let i = first + 1; i < last; i++) {
      const d = squaredSegmentDistance(line[i], line[first], line[last]);
      if (d > farthestDistance) {
        farthest = i;
        farthestDistance = d;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

function squaredSegmentDistance(p: Position, a: Position, b: Position): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}
