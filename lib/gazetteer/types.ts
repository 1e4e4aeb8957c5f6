// Shape of the generated gazetteer (data/generated/gazetteer/), produced by scripts/build-gazetteer.ts
// and consumed by the geoparser and the ingest pipeline.
import type { MultiPolygon, Polygon } from 'geojson';
import type { BBox, GazetteerPlace } from '../types';

export interface GazetteerRecord extends GazetteerPlace {
  /** Every surface form that may name this place, as written (display name, alternate names, curated
   *  aliases such as "Kiev", "X Oblast" / "X region" forms). Matching normalisation is the geoparser's job. */
  names: string[];
  /** Adjectival/demonym forms used for the state ("North Korean", "Russian"), followed by their plural
   *  nouns where they take one ("North Koreans"); countries only. */
  demonyms?: string[];
  /** National capital (GeoNames feature code PPLC). */
  capital?: boolean;
  /** GeoNames feature code for cities (PPL, PPLA, PPLC ...). */
  featureCode?: string;
  /** Id of the containing first-level region, for cities and regions' parents where known. */
  admin1Id?: string;
  /** For areas that are unions of other places (Donbas, Korean Peninsula): the ids they are built from. */
  memberIds?: string[];
  /** Bounding box of the shape (or a small box around the point for cities). */
  bbox: BBox;
  /** Bounding box of the shape's main body, for fitting the map, when it differs from `bbox`: parts
   *  farther than 1,500 km from the rest are left out (France without French Guiana, the United States
   *  without Hawaii). */
  viewBbox?: BBox;
}

/** data/generated/gazetteer/records.json */
export type GazetteerRecords = GazetteerRecord[];

/** data/generated/gazetteer/shapes.json: id -> display geometry (simplified, antimeridian-safe) for
 *  countries, regions and areas, at level 0 of detail (lib/geometry/levels.ts). Cities have no entry
 *  (they are points). */
export type GazetteerShapes = Record<string, Polygon | MultiPolygon>;

/** What the ingest needs to fit a corpus's shapes into a size budget, per shape. */
export interface ShapeLevels {
  /** Ids of the shapes it shares a border with (countries with countries, regions with regions), sorted. */
  neighbours: string[];
  /** The shape at levels 1, 2, ... of detail (level 0 is in shapes.json): at each level neighbours share
   *  their borders exactly. */
  coarser: Array<Polygon | MultiPolygon>;
}

/** data/generated/gazetteer/shape-levels.json: the same keys as shapes.json. */
export type GazetteerShapeLevels = Record<string, ShapeLevels>;

/** The levels of the shape with this id, read when asked for (shapeLevels.ts); undefined for an id
 *  without a shape (a city). */
export type ShapeLevelsOf = (id: string) => ShapeLevels | undefined;

/** The loaded gazetteer (lib/gazetteer/load.ts). */
export interface Gazetteer {
  /** Sorted by id. */
  records: GazetteerRecords;
  shapes: GazetteerShapes;
  byId: Map<string, GazetteerRecord>;
}
