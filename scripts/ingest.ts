// `npm run ingest`: geoparse data/articles into data/generated (places.geojson, excerpts/, articles/,
// manifest.json). ARTICLES_DIR and GENERATED_DIR override the two directories. Builds the gazetteer first
// when it is missing or stale. Progress on stdout, warnings on stderr; never a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadParserSetup } from '../lib/ingest/loadParser';
import { runIngest } from '../lib/ingest/runIngest';

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

async function main(): Promise<void> {
  const summary = await runIngest({
    articlesDir,
    generatedDir,
    loadParser: () => loadParserSetup({ log: (line) => console.log(line) }),
    info: (line) => console.log(line),
    warn: (line) => console.warn(`warning: ${line}`),
  });
  const t = summary.timingsMs;
  console.log(
    `Ingested ${summary.articleCount} article${summary.articleCount === 1 ? '' : 's'}: ` +
      `${summary.mentionCount} mentions of ${summary.placeCount} places -> ${shown(generatedDir)}`,
  );
  if (summary.skipped.length > 0) {
    console.log(`Skipped ${summary.skipped.length} file${summary.skipped.length === 1 ? '' : 's'}:`);
    for (const s of summary.skipped) console.log(`  ${s.fileName}: ${s.reason}`);
  }
  console.log(
    `Timings: total ${seconds(t.total)} (gazetteer ${seconds(t.loadParser)}, geoparser index ${seconds(t.createParser)}, ` +
      `geoparsing ${seconds(t.geoparse)}, writing ${seconds(t.write)}); ` +
      `${summary.cachedCount} of ${summary.articleCount} articles' mentions from the cache`,
  );
}

main().catch((error: unknown) => {
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
