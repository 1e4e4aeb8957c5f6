// `npm run ingest`: geoparse data/articles into data/generated (places.geojson, excerpts/, articles/,
// manifest.json). ARTICLES_DIR and GENERATED_DIR override the two directories. Builds the gazetteer first
// when it is missing or stale. Progress on stdout (a redrawn bar on a terminal, one line per article
// otherwise), warnings on stderr; never a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadParserSetup } from '../lib/ingest/loadParser';
import { formatProgressBar } from '../lib/ingest/progressBar';
import { runIngest, type ArticleProgress } from '../lib/ingest/runIngest';

const root = fileURLToPath(new URL('..', import.meta.url));
// `npm run` starts scripts in the package root; relative overrides mean the caller's directory (INIT_CWD).
const callerDir = process.env.INIT_CWD || process.cwd();
const articlesDir = path.resolve(callerDir, process.env.ARTICLES_DIR || path.join(root, 'data', 'articles'));
const generatedDir = path.resolve(callerDir, process.env.GENERATED_DIR || path.join(root, 'data', 'generated'));

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const shown = (dir: string): string => {
  const rel = path.relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
};

/** The bar on a terminal: redrawn at most every 100 ms, cleared before any other line is printed. */
class TerminalProgress {
  private started = 0;
  private lastDraw = 0;
  private drawn = false;

  update(state: ArticleProgress): void {
    const now = performance.now();
    if (this.started === 0) this.started = now;
    if (state.done < state.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = Math.max(30, (process.stdout.columns || 80) - 1);
    process.stdout.write(`\r${formatProgressBar({ done: state.done, total: state.total, elapsedMs: now - this.started }, width)}\x1b[K`);
    this.drawn = true;
  }

  /** Call before printing a line of its own (the next update redraws the bar). */
  clear(): void {
    if (!this.drawn) return;
    process.stdout.write('\r\x1b[K');
    this.drawn = false;
  }
}

const bar = process.stdout.isTTY ? new TerminalProgress() : null;

async function main(): Promise<void> {
  const say = (line: string): void => {
    bar?.clear();
    console.log(line);
  };
  const summary = await runIngest({
    articlesDir,
    generatedDir,
    loadParser: () => loadParserSetup({ log: say, cacheDir: path.join(generatedDir, '.cache'), deferGazetteer: true }),
    info: say,
    warn: (line) => {
      bar?.clear();
      console.warn(`warning: ${line}`);
    },
    ...(bar && { progress: (state: ArticleProgress) => bar.update(state) }),
  });
  bar?.clear();
  const t = summary.timingsMs;
  console.log(
    `Ingested ${summary.articleCount} article${summary.articleCount === 1 ? '' : 's'}: ` +
      `${summary.mentionCount} mentions of ${summary.placeCount} places -> ${shown(generatedDir)}`,
  );
  if (summary.skipped.length > 0) {
    console.log(`Skipped ${summary.skipped.length} file${summary.skipped.length === 1 ? '' : 's'}:`);
    for (const s of summary.skipped) console.log(`  ${s.fileName}: ${s.reason}`);
  }
  const f = summary.files;
  console.log(
    `Timings: total ${seconds(t.total)} (reading ${seconds(t.read)}, setup ${seconds(t.loadParser)}, gazetteer and geoparser index ${seconds(t.createParser)}, ` +
      `geoparsing ${seconds(t.geoparse)}, writing ${seconds(t.write)}); ` +
      `${summary.cachedCount} of ${summary.articleCount} articles' mentions from the cache (${summary.readCount} files read); ` +
      `output files: ${f.written} written, ${f.kept} unchanged, ${f.removed} removed`,
  );
}

main().catch((error: unknown) => {
  bar?.clear();
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
