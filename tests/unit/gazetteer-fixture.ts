// Shared by the gazetteer and geometry tests: the generated gazetteer, built with the same function the
// `npm run gazetteer` script and the ingest use when it is missing or stale.
import { DEFAULT_GAZETTEER_PATH, ensureGazetteer } from '../../lib/gazetteer/build';
import { loadGazetteer } from '../../lib/gazetteer/load';
import { loadShapeLevels } from '../../lib/gazetteer/shapeLevels';
import type { Gazetteer, GazetteerRecord, ShapeLevelsOf } from '../../lib/gazetteer/types';

/** A cold build takes 10-20 s on two cores. */
export const GAZETTEER_BUILD_TIMEOUT_MS = 180_000;

export function generatedGazetteer(): Gazetteer {
  ensureGazetteer(DEFAULT_GAZETTEER_PATH);
  return loadGazetteer(DEFAULT_GAZETTEER_PATH);
}

/** The coarser levels of the generated gazetteer's shapes (call after generatedGazetteer, which builds it). */
export function generatedShapeLevels(): ShapeLevelsOf {
  const loaded = loadShapeLevels(DEFAULT_GAZETTEER_PATH);
  if (!loaded) throw new Error('the generated gazetteer has no shape-levels.json');
  return loaded;
}

export function recordOf(gazetteer: Gazetteer, id: string): GazetteerRecord {
  const record = gazetteer.byId.get(id);
  if (!record) throw new Error(`gazetteer has no record "${id}"`);
  return record;
}

/** Ids of the records that list `name` among their surface forms. */
export function idsNamed(gazetteer: Gazetteer, name: string): string[] {
  return gazetteer.records.filter((record) => record.names.includes(name)).map((record) => record.id);
}
