// `npm run bench:ingest`: the ingest at 10,000 articles. Generates the synthetic corpus when missing
// (scripts/generate-corpus.ts), makes sure the gazetteer is built, then runs `scripts/ingest.ts` in child
// processes: a fresh ingest (cold cache) pinned to one core (taskset: the process and its GC and I/O
// threads share that core, so "articles/s on one core" means one core), a re-ingest with nothing changed,
// one with one article changed, and, through `npm run ingest` (npm's own start-up included), one with that
// article changed back. The re-ingests are not pinned: their goal is wall time, and pinning to one core of
// a shared machine would measure the other jobs on that core. Prints markdown tables with goal verdicts (and the gzip size of /api/places);
// exits 1 when a goal is missed. Settings: BENCH_COUNT (10000), BENCH_CPU (core for the fresh ingest, 0;
// "none" for no pinning).
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GAZETTEER_PATH, STAMP_FILE, ensureGazetteer } from '../../lib/gazetteer/build';
import { hashSources } from '../../lib/ingest/sourceVersion';
import { corpusMarker, defaultCorpusDirName } from '../../lib/synthetic/corpus';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = Number(process.env.BENCH_COUNT ?? 10_000);
const cpu = process.env.BENCH_CPU ?? '0';
const corpusDir = path.join(root, 'bench', '.cache', defaultCorpusDirName(count));
const generatedDir = path.join(root, 'bench', '.cache', `generated-${defaultCorpusDirName(count).replace(/^corpus-/, '')}`);
const MARKER_FILE = '.synthetic-corpus.json';

const GOALS = { articlesPerSecond: 500, peakRssMb: 1024, oneChangeWallS: 2, placesGzipBytes: 1_000_000 };

interface Run {
  name: string;
  pinned: boolean;
  wallS: number;
  userS: number;
  systemS: number;
  cpuS: number;
  peakRssMb: number;
  summary: string;
}

/** The ingest process writes its own resource usage when it exits (a parent cannot read a child's
 *  rusage). Through npm, every node process in the chain loads the hook; only the script's writes. */
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; if (process.argv[1]?.endsWith('scripts/ingest.ts')) process.on('exit', () => writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage())));",
)}`;

const canPin = cpu !== 'none' && spawnSync('taskset', ['--version']).status === 0;

function ingest(name: string, options: { viaNpm?: boolean; pin?: boolean } = {}): Run {
  const { viaNpm = false, pin = false } = options;
  const usageDir = mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
  const usageFile = path.join(usageDir, 'usage.json');
  const command = viaNpm ? ['npm', 'run', '--silent', 'ingest'] : [process.execPath, '--import', 'tsx', path.join(root, 'scripts', 'ingest.ts')];
  const [file, ...args] = pin && canPin ? ['taskset', '-c', cpu, ...command] : command;
  const env = {
    ...process.env,
    ARTICLES_DIR: corpusDir,
    GENERATED_DIR: generatedDir,
    BENCH_USAGE_FILE: usageFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${USAGE_HOOK}`.trim(),
  };
  const started = performance.now();
  const result = spawnSync(file, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallS = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${name}: ingest exited with ${result.status}\n${result.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  rmSync(usageDir, { recursive: true, force: true });
  const summary = result.stdout.split('\n').filter((line) => /^(Ingested|Timings)/.test(line)).join(' ');
  const [userS, systemS] = [usage.userCPUTime / 1e6, usage.systemCPUTime / 1e6];
  return { name, pinned: pin && canPin, wallS, userS, systemS, cpuS: userS + systemS, peakRssMb: usage.maxRSS / 1024, summary };
}

/** Files and bytes under `dir`, leaving out dot entries (the cache, the lock) unless `dotted`. */
function treeSize(dir: string, dotted = false): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') && !dotted) continue;
    const entry = path.join(dir, name);
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      const inner = treeSize(entry, true);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files++;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

function ensureCorpus(): void {
  const gazetteerVersion = hashSources([path.join(DEFAULT_GAZETTEER_PATH, STAMP_FILE)]);
  const marker = path.join(corpusDir, MARKER_FILE);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === corpusMarker({ count, seed: 1 }, gazetteerVersion)) return;
  console.error(`generating the ${count}-article corpus in ${path.relative(root, corpusDir)} ...`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'generate-corpus.ts'), '--count', String(count), '--out', corpusDir], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('corpus generation failed');
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');

function main(): void {
  console.error('checking the gazetteer ...');
  ensureGazetteer(DEFAULT_GAZETTEER_PATH);
  ensureCorpus();
  const changed = readdirSync(corpusDir).filter((n) => !n.startsWith('.')).sort()[Math.floor(count / 2)];
  const changedFile = path.join(corpusDir, changed);
  const original = readFileSync(changedFile, 'utf8');
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');

  // The previous outputs are moved aside and deleted after the runs: on this machine's ext4 (mounted with
  // online discard), writing 180 MB right after deleting as much cost the fresh ingest 6 s of system time.
  const previousOutputs = `${generatedDir}.previous`;
  rmSync(previousOutputs, { recursive: true, force: true });
  if (existsSync(generatedDir)) renameSync(generatedDir, previousOutputs);
  const runs: Run[] = [];
  console.error('fresh ingest (cold cache) ...');
  runs.push(ingest('fresh (cold cache)', { pin: true }));
  const outputs = treeSize(generatedDir);
  const cache = treeSize(path.join(generatedDir, '.cache'), true);
  // `GET /api/places` serves places.geojson as it is; gzip level 6 is what Next's compression uses.
  const placesGeojson = readFileSync(path.join(generatedDir, 'places.geojson'));
  const placesGzip = gzipSync(placesGeojson, { level: 6 }).length;
  console.error('re-ingest, nothing changed ...');
  runs.push(ingest('nothing changed'));
  try {
    // A paragraph naming places the corpus already has: what an editor's fix looks like.
    writeFileSync(changedFile, `${original}\nOfficials in Kyiv and Warsaw said on Friday that the talks would resume in Geneva.\n`);
    console.error(`re-ingest, ${changed} changed ...`);
    runs.push(ingest('one article changed'));
  } finally {
    writeFileSync(changedFile, original);
  }
  console.error('re-ingest through npm, the article changed back ...');
  runs.push(ingest('one article changed back (npm run ingest)', { viaNpm: true }));
  rmSync(previousOutputs, { recursive: true, force: true });

  const fresh = runs[0];
  const perWall = count / fresh.wallS;
  const perCpu = count / fresh.cpuS;
  const peak = Math.max(...runs.map((r) => r.peakRssMb));
  console.log(`\nIngest of ${count.toLocaleString('en-US')} synthetic articles (${path.relative(root, corpusDir)}); load average before: ${load}; ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
  console.log('| run | pinned to one core | wall s | CPU s (user + system) | articles/s (wall) | articles per CPU s | peak RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const run of runs) {
    const cpuCell = `${run.cpuS.toFixed(2)} (${run.userS.toFixed(2)} + ${run.systemS.toFixed(2)})`;
    console.log(`| ${run.name} | ${run.pinned ? `yes (core ${cpu})` : 'no'} | ${run.wallS.toFixed(2)} | ${cpuCell} | ${(count / run.wallS).toFixed(0)} | ${(count / run.cpuS).toFixed(0)} | ${run.peakRssMb.toFixed(0)} |`);
  }
  console.log(`\nLoad average after: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}.`);
  console.log('');
  console.log(`Outputs: ${outputs.files.toLocaleString('en-US')} files, ${mb(outputs.bytes)} MB; cache (.cache): ${cache.files} files, ${mb(cache.bytes)} MB.`);
  console.log(`/api/places (places.geojson): ${mb(placesGeojson.length)} MB raw, ${(placesGzip / 1e3).toFixed(0)} KB gzip.`);
  for (const run of runs) console.log(`- ${run.name}: ${run.summary}`);
  console.log('');
  const oneChange = runs[2];
  console.log('| goal | measured | verdict |');
  console.log('| --- | --- | --- |');
  const goals = [
    [`>= ${GOALS.articlesPerSecond} articles/s on one core (fresh ingest, per CPU second)`, `${perCpu.toFixed(0)} (${perWall.toFixed(0)} per wall second)`, perCpu >= GOALS.articlesPerSecond],
    [`peak RSS <= ${GOALS.peakRssMb} MB (every run)`, `${peak.toFixed(0)} MB`, peak <= GOALS.peakRssMb],
    [`one article changed <= ${GOALS.oneChangeWallS} s wall`, `${oneChange.wallS.toFixed(2)} s (CPU ${oneChange.cpuS.toFixed(2)} s)`, oneChange.wallS <= GOALS.oneChangeWallS],
    [`/api/places <= ${GOALS.placesGzipBytes / 1e6} MB gzip`, `${(placesGzip / 1e3).toFixed(0)} KB`, placesGzip <= GOALS.placesGzipBytes],
  ] as const;
  for (const [goal, measured, ok] of goals) console.log(`| ${goal} | ${measured} | ${verdict(ok)} |`);
  process.exitCode = goals.every(([, , ok]) => ok) ? 0 : 1;
}

main();
