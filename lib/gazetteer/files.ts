// Where the generated gazetteer lives and what its files are called, without the build code: reading the
// gazetteer must not load what builds it (@turf/turf and the source packages take a third of a second).
// lib/gazetteer/build.ts exports the same names; tests/unit/gazetteer-record-reader.test.ts keeps them equal.
import path from 'node:path';
import { PROJECT_ROOT } from './projectRoot';

/** Relative to the project root. */
export const GAZETTEER_DIR = path.join('data', 'generated', 'gazetteer');
export const GAZETTEER_PATH = path.join(PROJECT_ROOT, GAZETTEER_DIR);
export const RECORDS_FILE = 'records.json';
export const SHAPES_FILE = 'shapes.json';
export const SHAPE_LEVELS_FILE = 'shape-levels.json';
export const STAMP_FILE = 'stamp.json';
/** The code and inputs the build's stamp covers (build.ts currentStamp), relative to the project root. */
export const GAZETTEER_BUILD_INPUTS = ['lib/gazetteer', 'lib/geometry', 'scripts/build-gazetteer.ts', 'package-lock.json'];
