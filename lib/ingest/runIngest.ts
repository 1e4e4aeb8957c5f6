// The ingest pipeline: corpus files -> prepared articles -> mentions (cached) -> generated outputs,
// written atomically. Loading the gazetteer/geoparser is injected so tests and scripts choose how.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Geoparser } from '../geoparse';
import type { Mention, SkippedFile } from '../types';
import { analyseText } from './analyseArticle';
import { writeOutputsAtomically, type OutputFile } from './atomicOutput';
import { buildOutputs, type AnalysedArticle, type GazetteerLookup, type IngestOutputs } from './buildOutputs';
import { MentionCache } from './mentionCache';
import { prepareArticle } from './prepareArticle';
import { readCorpus } from './readCorpus';
import { acquireIngestLock } from './runLock';
import { uniqueSlugs } from '../text/slug';

export interface ParserSetup {
  lookup: GazetteerLookup;
  /** Changes whenever the gazetteer data or the geoparser code changes (cache key). */
  version: string;
  /** Called at most once, and only when some article is not in the cache. */
  createParser(): Geoparser;
}

export interface IngestOptions {
  articlesDir: string;
  generatedDir: string;
  loadParser(): Promise<ParserSetup>;
  info(line: string): void;
  warn(line: string): void;
}

export interface IngestSummary {
  articleCount: number;
  mentionCount: number;
  placeCount: number;
  skipped: SkippedFile[];
  /** Articles whose mentions came from the cache. */
  cachedCount: number;
  timingsMs: { total: number; loadParser: number; createParser: number; geoparse: number; write: number };
}

const SAFE_FILE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const release = await acquireIngestLock(options.generatedDir);
  try {
    return await ingestLocked(options);
  } finally {
    await release();
  }
}

async function ingestLocked(options: IngestOptions): Promise<IngestSummary> {
  const { info, warn } = options;
  const t0 = performance.now();
  const scan = await readCorpus(options.articlesDir);
  scan.warnings.forEach(warn);
  const skipped: SkippedFile[] = [...scan.skipped];
  for (const s of scan.skipped) warn(`${s.fileName}: skipped: ${s.reason}`);

  const tLoad = performance.now();
  const setup = await options.loadParser();
  const loadParserMs = performance.now() - tLoad;
  const cache = new MentionCache(path.join(options.generatedDir, '.cache', 'mentions'), setup.version);
  let parser: Geoparser | null = null;

  const ids = uniqueSlugs(scan.files.map((f) => f.fileName));
  const seenText = new Map<string, string>();
  const analysed: AnalysedArticle[] = [];
  let cachedCount = 0;
  let geoparseMs = 0;
  let createParserMs = 0;
  for (const [i, file] of scan.files.entries()) {
    const progress = `[${i + 1}/${scan.files.length}] ${file.fileName}`;
    const prepared = prepareArticle(file.fileName, ids[i], file.text);
    prepared.warnings.forEach((w) => warn(`${file.fileName}: ${w}`));
    if (!prepared.ok) {
      skip(file.fileName, prepared.reason);
      continue;
    }
    const { article } = prepared;
    const textHash = createHash('sha256').update(article.text).digest('hex');
    const original = seenText.get(textHash);
    if (original !== undefined) {
      skip(file.fileName, `duplicate of ${original} (same article text)`);
      continue;
    }
    seenText.set(textHash, file.fileName);

    let mentions = await cache.get(article.text);
    if (mentions) cachedCount++;
    else {
      let tParse = performance.now();
      try {
        if (!parser) {
          parser = setup.createParser();
          createParserMs = performance.now() - tParse;
          tParse = performance.now();
        }
        mentions = parser.parse(article.text);
      } catch (error) {
        skip(file.fileName, `the geoparser failed on it (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      geoparseMs += performance.now() - tParse;
      await cache.set(article.text, mentions);
    }
    const analysis = analyseText(article.text, validMentions(article.text, mentions, setup.lookup));
    analysed.push({ article, analysis });
    const places = new Set(analysis.mentions.map((m) => m.placeId)).size;
    info(`${progress}: ${analysis.mentions.length} mentions, ${places} places`);
  }
  if (analysed.length === 0) warn(`no articles to ingest in ${options.articlesDir}; writing empty outputs`);

  skipped.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const tWrite = performance.now();
  const outputs = buildOutputs(analysed, setup.lookup, skipped);
  await writeOutputsAtomically(options.generatedDir, serialise(outputs), ['articles', 'excerpts']);
  await cache.prune();
  const writeMs = performance.now() - tWrite;

  return {
    articleCount: outputs.manifest.articleCount,
    mentionCount: outputs.manifest.mentionCount,
    placeCount: outputs.manifest.placeCount,
    skipped,
    cachedCount,
    timingsMs: { total: performance.now() - t0, loadParser: loadParserMs, createParser: createParserMs, geoparse: geoparseMs, write: writeMs },
  };

  function skip(fileName: string, reason: string): void {
    skipped.push({ fileName, reason });
    warn(`${fileName}: skipped: ${reason}`);
  }
}

/** Keeps mentions that are sorted, non-overlapping, match the text and name a known, file-safe place id. */
function validMentions(text: string, mentions: readonly Mention[], lookup: GazetteerLookup): Mention[] {
  const out: Mention[] = [];
  let lastEnd = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd || m.end <= m.start || text.slice(m.start, m.end) !== m.text) continue;
    if (!lookup.records.has(m.placeId) || !SAFE_FILE_ID.test(m.placeId)) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/** Output files: places.geojson compact (it holds the shapes), the rest pretty-printed for review. */
export function serialise(outputs: IngestOutputs): OutputFile[] {
  const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: 'places.geojson', content: `${JSON.stringify(outputs.places)}\n` },
    { path: 'manifest.json', content: pretty(outputs.manifest) },
    ...outputs.articles.map((a) => ({ path: `articles/${a.id}.json`, content: pretty(a) })),
    ...outputs.excerpts.map((e) => ({ path: `excerpts/${e.placeId}.json`, content: pretty(e) })),
  ];
}
