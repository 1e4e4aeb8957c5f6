// Re-ingesting after one article changed, with the real gazetteer and geoparser: the changed article is
// geoparsed by a subset parser (lib/geoparse/subset.ts) and the outputs updated in place; they must be
// byte for byte what a fresh ingest of the same corpus writes.
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER_DIR, ensureGazetteer } from '../../lib/gazetteer/build';
import { loadGazetteer } from '../../lib/gazetteer/load';
import { loadParserSetup } from '../../lib/ingest/loadParser';
import { runIngest, type IngestSummary } from '../../lib/ingest/runIngest';
import { generateCorpus } from '../../lib/synthetic/corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'ingest-incremental-'));
const articles = path.join(work, 'articles');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  process.env.GAZETTEER_DIR = '';
  ensureGazetteer(path.join(ROOT, DEFAULT_GAZETTEER_DIR));
  mkdirSync(articles);
  const defaults = path.join(ROOT, 'data', 'articles');
  for (const name of readdirSync(defaults)) copyFileSync(path.join(defaults, name), path.join(articles, name));
  for (const article of generateCorpus(loadGazetteer(path.join(ROOT, DEFAULT_GAZETTEER_DIR)).records, { count: 20, seed: 9 })) {
    writeFileSync(path.join(articles, article.fileName), article.content);
  }
}, 600_000);

function hashTree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue; // the cache, the lock
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) Object.assign(out, hashTree(file, base));
    else out[path.relative(base, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

/** Ingests `articles` into `out` as `npm run ingest` does, recording the texts the parser was made for. */
async function ingest(out: string): Promise<{ summary: IngestSummary; parserTexts: number[] }> {
  const parserTexts: number[] = [];
  const summary = await runIngest({
    articlesDir: articles,
    generatedDir: out,
    loadParser: async () => {
      const setup = await loadParserSetup({ log: () => {}, cacheDir: path.join(out, '.cache'), deferGazetteer: true });
      const createParser = setup.createParser.bind(setup);
      setup.createParser = (texts) => {
        parserTexts.push(texts?.length ?? -1);
        return createParser(texts);
      };
      return setup;
    },
    info: () => {},
    warn: () => {},
  });
  return { summary, parserTexts };
}

describe('re-ingest after one article changed', () => {
  it('geoparses only that article, from part of the gazetteer, and writes what a fresh ingest writes', async () => {
    const out = path.join(work, 'out');
    const first = await ingest(out);
    expect(first.parserTexts).toEqual([25]);
    expect(first.summary.placeCount).toBeGreaterThan(50);
    const keysFile = path.join(out, '.cache', 'geoparser-keys.json');
    expect(existsSync(keysFile)).toBe(true);
    const keysWritten = statSync(keysFile).mtimeMs;

    const unchanged = await ingest(out);
    expect(unchanged.parserTexts).toEqual([]); // no gazetteer, no parser
    expect(unchanged.summary.files.written).toBe(0);

    appendFileSync(path.join(articles, 'synthetic-00007.txt'), '\nLater, officials in Lagos and Kyiv said the talks with Brazil would resume.\n');
    const changed = await ingest(out);
    expect(changed.parserTexts).toEqual([1]);
    expect(statSync(keysFile).mtimeMs).toBe(keysWritten); // the full parser (which writes the keys) was not built
    expect(changed.summary.cachedCount).toBe(24);
    expect(changed.summary.files.kept).toBeGreaterThan(changed.summary.files.written);
    const article = JSON.parse(readFileSync(path.join(out, 'articles', 'synthetic-00007.json'), 'utf8')) as { placeIds: string[] };
    expect(article.placeIds).toEqual(expect.arrayContaining(['lagos', 'kyiv', 'brazil']));

    const fresh = path.join(work, 'fresh');
    await ingest(fresh);
    expect(hashTree(out)).toEqual(hashTree(fresh));
  }, 300_000);
});
