// `npm run corpus:synthetic [-- --count N] [--seed S] [--out DIR]`: writes a deterministic synthetic
// news corpus (default 10,000 articles of about 4,000 characters into bench/.cache/corpus-10k/) drawn
// from the gazetteer in data/generated/gazetteer (`npm run gazetteer` builds it). Same arguments and
// gazetteer, same bytes. The directory is replaced as a whole; one that holds other files is refused.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GAZETTEER_PATH, STAMP_FILE } from '../lib/gazetteer/build';
import { loadGazetteer } from '../lib/gazetteer/load';
import { hashSources } from '../lib/ingest/sourceVersion';
import { DEFAULT_CORPUS_OPTIONS, corpusMarker, defaultCorpusDirName, generateCorpus, type SyntheticCorpusOptions } from '../lib/synthetic/corpus';

export const MARKER_FILE = '.synthetic-corpus.json';
const root = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: readonly string[]): SyntheticCorpusOptions & { out: string } {
  const options: SyntheticCorpusOptions = { ...DEFAULT_CORPUS_OPTIONS };
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const integer = (min: number): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer >= ${min}, not ${JSON.stringify(value)}`);
      return n;
    };
    if (flag === '--count') options.count = integer(1);
    else if (flag === '--seed') options.seed = integer(0);
    else if (flag === '--length') options.length = integer(200);
    else if (flag === '--out') out = value;
    else throw new Error(`unknown option ${flag} (expected --count, --seed, --length, --out)`);
  }
  const callerDir = process.env.INIT_CWD || process.cwd();
  return { ...options, out: path.resolve(callerDir, out ?? path.join(root, 'bench', '.cache', defaultCorpusDirName(options.count))) };
}

function main(): void {
  const started = performance.now();
  const { out, ...options } = parseArgs(process.argv.slice(2));
  if (existsSync(out) && !existsSync(path.join(out, MARKER_FILE)) && readdirSync(out).length > 0) {
    throw new Error(`refusing to replace ${out}: it is not a synthetic corpus (no ${MARKER_FILE})`);
  }
  const gazetteer = loadGazetteer(DEFAULT_GAZETTEER_PATH);
  const gazetteerVersion = hashSources([path.join(DEFAULT_GAZETTEER_PATH, STAMP_FILE)]);
  const partial = `${out}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  let bytes = 0;
  let count = 0;
  const places = new Set<string>();
  for (const article of generateCorpus(gazetteer.records, options)) {
    writeFileSync(path.join(partial, article.fileName), article.content);
    bytes += Buffer.byteLength(article.content);
    count++;
    for (const id of article.placeIds) places.add(id);
  }
  writeFileSync(path.join(partial, MARKER_FILE), corpusMarker(options, gazetteerVersion));
  rmSync(out, { recursive: true, force: true });
  renameSync(partial, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB, ${places.size} distinct places written (seed ${options.seed}) -> ${path.relative(process.cwd(), out) || '.'} in ${seconds} s`);
}

try {
  main();
} catch (error) {
  console.error(`corpus:synthetic failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
