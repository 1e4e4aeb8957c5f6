// Wiring a loaded gazetteer to the geoparser for the ingest pipeline (pure).
import type { GazetteerRecord, GazetteerShapes } from '../gazetteer/types';
import { createGeoparser } from '../geoparse';
import type { ParserSetup } from './runIngest';

/** `version` should change with the gazetteer data and the geoparser code (see hashSources). */
export function createParserSetup(records: readonly GazetteerRecord[], shapes: GazetteerShapes, version: string): ParserSetup {
  return {
    lookup: { records: new Map(records.map((r) => [r.id, r])), shapes },
    version,
    createParser: () => createGeoparser([...records]),
  };
}
