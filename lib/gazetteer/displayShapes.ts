// Display shapes of the gazetteer's places at every level of detail (lib/geometry/levels.ts): countries
// and regions simplified on the arcs of their topology, so that neighbours meet exactly at each level;
// areas as unions of their members at the same level, so that an area's outline is its members'.
import { feature, featureCollection, union } from '@turf/turf';
import type { Position } from 'geojson';
import { DETAIL_LEVELS } from '../geometry/levels';
import type { Shape } from '../geometry/rings';
import { simplifySharedEdgesAtLevels } from '../geometry/sharedEdges';
import { simplifyForDisplayAtLevels } from '../geometry/simplify';
import { arcNeighbours, type ArcPolygons } from '../geometry/topology';

/** Vertex budgets per kind at every level (binding at level 0 only). A large corpus is drawn at coarser
 *  levels (the ingest's budget); these keep even level 0 of the biggest country under ~15 KB gzipped (its
 *  coasts need the vertices at the world view), a region ~1 KB. */
export const MAX_VERTICES: Record<'country' | 'region' | 'area', number> = { country: 2500, region: 400, area: 1200 };

export interface LevelledShape {
  /** One shape per DETAIL_LEVELS entry, finest first. */
  levels: Shape[];
  /** Indices (into the same list) of the shapes that share a border with this one, ascending. */
  neighbours: number[];
}

/** Shapes given as arcs of one topology, at every level, with their neighbours. */
export function levelledShapesOfTopology(arcs: readonly Position[][], shapes: readonly ArcPolygons[], maxVertices: number, what: string): LevelledShape[] {
  let levels: Shape[][];
  try {
    levels = simplifySharedEdgesAtLevels(arcs, shapes, DETAIL_LEVELS, maxVertices);
  } catch (error) {
    throw new Error(`Gazetteer: cannot simplify the ${what} shapes: ${(error as Error).message}.`);
  }
  const neighbours = arcNeighbours(shapes);
  return levels.map((shapeLevels, i) => ({ levels: shapeLevels, neighbours: neighbours[i] }));
}

/** A shape without topology, at every level (it has no neighbours). */
export function levelledShape(geometry: Shape, maxVertices: number, what: string): Shape[] {
  try {
    return simplifyForDisplayAtLevels(geometry, DETAIL_LEVELS, maxVertices);
  } catch (error) {
    throw new Error(`Gazetteer: cannot simplify the shape of ${what}: ${(error as Error).message}.`);
  }
}

/** The union of the members' shapes level by level: members of one topology meet exactly at each level,
 *  so the union follows their outer borders point for point. */
export function unionAtLevels(members: ReadonlyArray<readonly Shape[]>, what: string): Shape[] {
  return DETAIL_LEVELS.map((_, level) => {
    const merged = union(featureCollection(members.map((levels) => feature(levels[level]))));
    if (!merged) throw new Error(`Gazetteer: union of ${what} is empty.`);
    return merged.geometry;
  });
}
