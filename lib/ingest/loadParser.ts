// Preparing the geoparser for the ingest and geoparse scripts (Node fs): the generated gazetteer (built
// first when missing or stale) and a parser over it, both read only when needed. Geoparsing one changed
// article uses a subset parser (lib/geoparse/subset.ts) whose keys are cached beside the ingest cache.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_BUILD_INPUTS, GAZETTEER_DIR, RECORDS_FILE, SHAPE_LEVELS_FILE, SHAPES_FILE, STAMP_FILE } from '../gazetteer/files';
import { indexGazetteerRecordLines, loadGazetteer, openGazetteerRecordsAt, type RecordLineIndex } from '../gazetteer/load';
import { loadShapeLevels } from '../gazetteer/shapeLevels';
import type { Gazetteer } from '../gazetteer/types';
import type { SubsetKeys } from '../geoparse/subset';
import type { GazetteerLookup } from './buildOutputs';
import type { ParserSetup } from './runIngest';
import { hashSources } from './sourceVersion';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Bump when the ingest's use of analyses changes in a way the cache must not survive. */
const INGEST_CACHE_FORMAT = 'articles-v4';
/** Up to this many texts are parsed with a subset parser; more share the full one (its index takes about
 *  a second to build, and a few hundred texts need most of the gazetteer anyway). */
const SUBSET_MAX_TEXTS = 100;
const KEYS_FILE = 'geoparser-keys.json';

export interface LoadParserOptions {
  log(line: string): void;
  /** Where the subset parser's keys are kept (the ingest passes its cache directory). Without it, every
   *  parser is built from the whole gazetteer. */
  cacheDir?: string;
  /** Check (and build) the gazetteer only in `prepare`, which the ingest calls when it needs the gazetteer
   *  (a run whose articles are all cached needs none of it); otherwise before returning. */
  deferGazetteer?: boolean;
}

/**
 * The gazetteer comes from data/generated/gazetteer (built there when missing or stale, which takes a
 * while once), or as is from GAZETTEER_DIR when set (a prebuilt gazetteer, e.g. a test fixture). It does
 * not follow GENERATED_DIR: it does not depend on the corpus.
 */
export async function loadParserSetup(options: LoadParserOptions): Promise<ParserSetup> {
  const override = process.env.GAZETTEER_DIR;
  const dir = path.resolve(override || path.join(ROOT, GAZETTEER_DIR));
  // The version covers what the cached analyses depend on: the gazetteer (the inputs of its deterministic
  // build, or a given gazetteer's stamp or data), the geoparser, sentence splitter and ingest code, and
  // the packages they read (package-lock.json pins them). It needs no gazetteer read nor build.
  const stamp = path.join(dir, STAMP_FILE);
  const gazetteerVersion = override
    ? hashSources([existsSync(stamp) ? stamp : dir])
    : hashSources(GAZETTEER_BUILD_INPUTS.map((input) => path.join(ROOT, input)));
  const codeVersion = hashSources(['geoparse', 'text', 'ingest'].map((d) => path.join(ROOT, 'lib', d)).concat(path.join(ROOT, 'package-lock.json')));
  const version = `${INGEST_CACHE_FORMAT}:${gazetteerVersion}:${codeVersion}`;

  let ready = false;
  let geoparser: typeof import('../geoparse/subset') | undefined;
  const prepare = async (): Promise<void> => {
    if (ready) return;
    // Loaded only here: the geoparser's word lists take a while to load, and a run may not parse at all.
    geoparser = await import('../geoparse/subset');
    if (!override && !checkedBefore(options.cacheDir, dir, gazetteerVersion)) {
      // Loaded only here: the build code imports @turf/turf and the source packages.
      const { ensureGazetteer, formatSummary } = await import('../gazetteer/build');
      const built = ensureGazetteer(dir);
      if (built) options.log(formatSummary(built));
      recordCheck(options.cacheDir, dir, gazetteerVersion);
    }
    for (const file of [RECORDS_FILE, SHAPES_FILE].map((name) => path.join(dir, name))) {
      if (!existsSync(file)) throw new Error(`Gazetteer file ${file} is missing; run \`npm run gazetteer\` to build it.`);
    }
    ready = true;
  };
  if (!options.deferGazetteer) await prepare();
  const checkReady = (): void => {
    if (!ready) throw new Error('the gazetteer is used before ParserSetup.prepare() was awaited');
  };

  let gazetteer: Gazetteer | undefined;
  let lookup: GazetteerLookup | undefined;
  /** Ids of the records a subset parser was built from: every place it can name. */
  let subsetIds: Set<string> | undefined;
  const fullGazetteer = (): Gazetteer => {
    checkReady();
    return (gazetteer ??= loadGazetteer(dir));
  };

  return {
    version,
    prepare,
    get lookup(): GazetteerLookup {
      if (!lookup) {
        const { byId, shapes } = fullGazetteer();
        lookup = { records: byId, shapes, shapeLevels: loadShapeLevels(dir) };
      }
      return lookup;
    },
    // A subset parser names only places it was built from; anything else needs the whole gazetteer.
    hasPlace: (id) => subsetIds?.has(id) || fullGazetteer().byId.has(id),
    createParser(texts) {
      checkReady();
      const stored = options.cacheDir && texts && texts.length <= SUBSET_MAX_TEXTS ? readKeys(options.cacheDir, version) : null;
      const positioned = stored && openGazetteerRecordsAt(dir, stored.recordLines);
      if (texts && stored && positioned && positioned.count === stored.keys.recordCount) {
        const ids = new Set<string>();
        subsetIds = ids;
        return geoparser!.createSubsetGeoparser(texts, stored.keys, (i) => {
          const record = positioned.record(i);
          ids.add(record.id);
          return record;
        });
      }
      const full = geoparser!.createFullGeoparser(fullGazetteer().records);
      const recordLines = options.cacheDir ? indexGazetteerRecordLines(dir) : null;
      if (options.cacheDir && recordLines) writeKeys(options.cacheDir, { version, keys: full.keys(), recordLines });
      return full.parser;
    },
  };
}

const CHECK_FILE = 'gazetteer-check.json';

/** Size and mtime of the gazetteer's files: they change when it is rebuilt or replaced. */
function gazetteerFileStates(dir: string): string[] | null {
  try {
    return [RECORDS_FILE, SHAPES_FILE, SHAPE_LEVELS_FILE, STAMP_FILE].map((name) => {
      const stat = statSync(path.join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    });
  } catch {
    return null;
  }
}

/**
 * Whether a run found the gazetteer current (ensureGazetteer) for these build inputs (`version` hashes
 * them) and its files have not changed since: then checking again would say the same, and is skipped
 * (it loads the build code, a third of a second).
 */
function checkedBefore(cacheDir: string | undefined, dir: string, version: string): boolean {
  if (!cacheDir) return false;
  const states = gazetteerFileStates(dir);
  try {
    const stored = JSON.parse(readFileSync(path.join(cacheDir, CHECK_FILE), 'utf8')) as { version?: string; dir?: string; files?: string[] };
    return states !== null && stored.version === version && stored.dir === dir && JSON.stringify(stored.files) === JSON.stringify(states);
  } catch {
    return false;
  }
}

function recordCheck(cacheDir: string | undefined, dir: string, version: string): void {
  const files = gazetteerFileStates(dir);
  if (!cacheDir || !files) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, CHECK_FILE), JSON.stringify({ version, dir, files }));
}

/** The keys file: subset keys and where each record lies in records.json, for one parser version. */
interface StoredKeys {
  version: string;
  keys: SubsetKeys;
  recordLines: RecordLineIndex;
}

function readKeys(cacheDir: string, version: string): StoredKeys | null {
  try {
    const stored = JSON.parse(readFileSync(path.join(cacheDir, KEYS_FILE), 'utf8')) as Partial<StoredKeys>;
    return stored.version === version && Array.isArray(stored.keys?.firstTokens) && Array.isArray(stored.recordLines?.offsets) ? (stored as StoredKeys) : null;
  } catch {
    return null;
  }
}

function writeKeys(cacheDir: string, stored: StoredKeys): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, KEYS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(stored));
  renameSync(temporary, file);
}
