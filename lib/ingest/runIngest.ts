// The ingest pipeline: corpus files -> prepared articles -> analyses (sentences and mentions, cached by
// text) -> generated outputs, written atomically, rewriting only the files whose inputs changed.
// Loading the gazetteer/geoparser is injected so tests and scripts choose how; the gazetteer is only
// touched when an article must be geoparsed or a place is new to the cache.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Geoparser } from '../geoparse';
import type { Mention, SkippedFile } from '../types';
import { analyseText, type AnalysedText, type PlaceMention } from './analyseArticle';
import { ArticleCache } from './articleCache';
import { OutputTransaction, type CommitSummary } from './atomicOutput';
import {
  articleDocument, corpusManifest, placeExcerpts, placesGeoJson, placeStatic, summariseCorpus, type AnalysedArticle,
  type GazetteerLookup, type PlaceStatic,
} from './buildOutputs';
import { OUTPUT_RECORD, articleFingerprint, contentFingerprint, excerptsFingerprint, readOutputRecord, serialiseOutputRecord, type Fingerprints } from './outputRecord';
import { PlaceCache } from './placeCache';
import { prepareArticle, type PreparedArticle } from './prepareArticle';
import { readCorpus } from './readCorpus';
import { acquireIngestLock } from './runLock';
import { uniqueSlugs } from '../text/slug';

export interface ParserSetup {
  /** The gazetteer's records and shapes. loadParserSetup reads them on first use (a getter): a run
   *  whose places are all in the place cache never does. */
  lookup: GazetteerLookup;
  /** Is `id` a gazetteer place? Defaults to `lookup.records.has`; cheaper when given. */
  hasPlace?(id: string): boolean;
  /** Makes the gazetteer ready (it may build it); awaited before `lookup`, `hasPlace` or `createParser`
   *  is first used. */
  prepare?(): Promise<void>;
  /** Changes whenever the gazetteer data or the geoparser, sentence or ingest code changes (cache key). */
  version: string;
  /** Called at most once, and only when some article is not in the cache, with the texts it will be
   *  asked to parse (a parser of a few texts may load only what they need); without them, a parser of
   *  any text. */
  createParser(texts?: readonly string[]): Geoparser;
}

/** One article (or file) processed, for a progress display. */
export interface ArticleProgress {
  done: number;
  total: number;
  fileName: string;
  /** Absent for a file skipped before it was analysed. */
  mentions?: number;
  places?: number;
}

export interface IngestOptions {
  articlesDir: string;
  generatedDir: string;
  loadParser(): Promise<ParserSetup>;
  /** Progress lines ("[3/10] file.txt: 12 mentions, 4 places") and other information. */
  info(line: string): void;
  warn(line: string): void;
  /** When given, called per file instead of the per-article `info` lines (a progress bar). */
  progress?(state: ArticleProgress): void;
}

export interface IngestSummary {
  articleCount: number;
  mentionCount: number;
  placeCount: number;
  skipped: SkippedFile[];
  /** Articles whose analysis came from the cache. */
  cachedCount: number;
  /** Output files written, kept unchanged and removed. */
  files: CommitSummary;
  timingsMs: { total: number; read: number; loadParser: number; createParser: number; geoparse: number; write: number };
}

const SAFE_FILE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MANAGED_DIRS = ['articles', 'excerpts'];

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const release = await acquireIngestLock(options.generatedDir);
  try {
    return await ingestLocked(options);
  } finally {
    await release();
  }
}

interface CorpusEntry {
  index: number;
  fileName: string;
  /** The decoded file. */
  content: string;
  article: PreparedArticle;
  /** Article cache key: the file and the parser version. */
  key: string;
  warnings: string[];
  textHash: string;
  /** From the cache, or null until the article is geoparsed. */
  analysis: AnalysedText | null;
}

type Entry = CorpusEntry | { index: number; fileName: string; skipped: true };

async function ingestLocked(options: IngestOptions): Promise<IngestSummary> {
  const { info, warn } = options;
  const t0 = performance.now();
  const scan = await readCorpus(options.articlesDir);
  scan.warnings.forEach(warn);
  const skipped: SkippedFile[] = [...scan.skipped];
  for (const s of scan.skipped) warn(`${s.fileName}: skipped: ${s.reason}`);
  const total = scan.files.length;
  const skip = (fileName: string, reason: string): void => {
    skipped.push({ fileName, reason });
    warn(`${fileName}: skipped: ${reason}`);
  };

  const tLoad = performance.now();
  const setup = await options.loadParser();
  const loadParserMs = performance.now() - tLoad;
  const cacheDir = path.join(options.generatedDir, '.cache');
  const cache = ArticleCache.open(cacheDir, setup.version);

  // Every file first, from the cache where it can be, so that the parser knows all the texts it will get.
  const tRead = performance.now();
  const ids = uniqueSlugs(scan.files.map((f) => f.fileName));
  const seenText = new Map<string, string>();
  const entries: Entry[] = [];
  for (const [index, { fileName, text: content }] of scan.files.entries()) {
    const key = cache.key(fileName, content);
    let entry: CorpusEntry;
    const hit = cache.get(key, fileName, content);
    if (hit) {
      entry = { index, fileName, content, key, ...hit, article: { id: ids[index], ...hit.article } };
    } else {
      const prepared = prepareArticle(fileName, ids[index], content);
      if (!prepared.ok) {
        prepared.warnings.forEach((w) => warn(`${fileName}: ${w}`));
        skip(fileName, prepared.reason);
        entries.push({ index, fileName, skipped: true });
        continue;
      }
      const textHash = createHash('sha256').update(prepared.article.text).digest('hex');
      entry = { index, fileName, content, key, article: prepared.article, warnings: prepared.warnings, textHash, analysis: null };
    }
    entry.warnings.forEach((w) => warn(`${fileName}: ${w}`));
    const original = seenText.get(entry.textHash);
    if (original !== undefined) {
      skip(fileName, `duplicate of ${original} (same article text)`);
      entries.push({ index, fileName, skipped: true });
      continue;
    }
    seenText.set(entry.textHash, fileName);
    entries.push(entry);
  }
  const readMs = performance.now() - tRead + (tLoad - t0);
  const toParse = entries.filter((e): e is CorpusEntry => !('skipped' in e) && e.analysis === null).map((e) => e.article.text);

  // Analyse in corpus order: one progress line per article.
  const knownPlace = setup.hasPlace ? (id: string) => setup.hasPlace!(id) : (id: string) => setup.lookup.records.has(id);
  let parser: Geoparser | null = null;
  const analysed: AnalysedArticle[] = [];
  const keys: string[] = [];
  let cachedCount = 0;
  let geoparseMs = 0;
  let createParserMs = 0;
  for (const entry of entries) {
    const progress = { done: entry.index + 1, total, fileName: entry.fileName };
    if ('skipped' in entry) {
      options.progress?.(progress);
      continue;
    }
    const { article, key } = entry;
    let analysis = entry.analysis;
    if (analysis) cachedCount++;
    else {
      if (!parser) {
        // Outside the per-article try: a gazetteer that cannot be read fails the run, not an article.
        const tCreate = performance.now();
        await setup.prepare?.();
        parser = setup.createParser(toParse);
        createParserMs = performance.now() - tCreate;
      }
      const tParse = performance.now();
      try {
        analysis = analyseText(article.text, validMentions(article.text, parser.parse(article.text), knownPlace));
      } catch (error) {
        skip(entry.fileName, `the geoparser failed on it (${error instanceof Error ? error.message : String(error)})`);
        options.progress?.(progress);
        continue;
      }
      geoparseMs += performance.now() - tParse;
      const { fileName, title, source, url, publishedAt, text } = article; // all but the id
      cache.set(key, entry.content, { article: { fileName, title, source, url, publishedAt, text }, warnings: entry.warnings, textHash: entry.textHash, analysis });
    }
    analysed.push({ article, analysis });
    keys.push(key);
    const places = new Set(analysis.mentions.map((m) => m.placeId)).size;
    if (options.progress) options.progress({ ...progress, mentions: analysis.mentions.length, places });
    else info(`[${progress.done}/${total}] ${entry.fileName}: ${analysis.mentions.length} mentions, ${places} places`);
  }
  parser = null; // the name index is the biggest thing in memory; the outputs do not need it
  cache.flush();
  if (analysed.length === 0) warn(`no articles to ingest in ${options.articlesDir}; writing empty outputs`);

  skipped.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const tWrite = performance.now();
  const files = await writeOutputs(options.generatedDir, setup, analysed, keys, skipped);
  cache.close();
  const writeMs = performance.now() - tWrite;

  return {
    articleCount: analysed.length,
    mentionCount: analysed.reduce((n, a) => n + a.analysis.mentions.length, 0),
    placeCount: new Set(analysed.flatMap((a) => a.analysis.mentions.map((m) => m.placeId))).size,
    skipped,
    cachedCount,
    files,
    timingsMs: { total: performance.now() - t0, read: readMs, loadParser: loadParserMs, createParser: createParserMs, geoparse: geoparseMs, write: writeMs },
  };
}

/**
 * Writes the outputs: each file whose fingerprint (outputRecord.ts) is unchanged and which is still on
 * disk is kept; the others are serialised one at a time (a 10,000-article corpus makes hundreds of MB of
 * JSON, which must not be held at once) and staged. places.geojson and the manifest are always computed
 * (they hold every article's and place's counts) and kept when their content is the same.
 */
async function writeOutputs(outDir: string, setup: ParserSetup, analysed: readonly AnalysedArticle[], keys: readonly string[], skipped: readonly SkippedFile[]): Promise<CommitSummary> {
  const summary = summariseCorpus(analysed);
  const statics = await placeStatics([...summary.places.keys()], setup, path.join(outDir, '.cache'));
  const transaction = await OutputTransaction.begin(outDir, MANAGED_DIRS);
  const previous = readOutputRecord(outDir, setup.version);
  const next: Fingerprints = new Map();
  const emit = (file: string, fingerprint: string, content: () => string): void => {
    next.set(file, fingerprint);
    if (previous.get(file) === fingerprint && transaction.exists(file)) transaction.keep(file);
    else transaction.write(file, content());
  };

  const articleFingerprints = analysed.map(({ article }, i) => articleFingerprint(keys[i], article));
  analysed.forEach((entry, i) => {
    emit(`articles/${entry.article.id}.json`, articleFingerprints[i], () => json(articleDocument(entry, summary.metas[i])));
  });
  for (const [placeId, usage] of summary.places) {
    const fingerprint = excerptsFingerprint(placeId, usage.articles.map((i) => articleFingerprints[i]));
    emit(`excerpts/${placeId}.json`, fingerprint, () => json(placeExcerpts(placeId, usage.articles.map((i) => analysed[i]))));
  }
  for (const [file, content] of [
    ['places.geojson', placesGeoJson(summary, statics)],
    ['manifest.json', json(corpusManifest(summary, skipped))],
  ] as const) {
    emit(file, contentFingerprint(content), () => content);
  }
  const sameRecord = next.size === previous.size && [...next].every(([file, fp]) => previous.get(file) === fp);
  const writeRecord = !sameRecord || !transaction.exists(OUTPUT_RECORD);
  if (writeRecord) transaction.write(OUTPUT_RECORD, serialiseOutputRecord(setup.version, next));
  const result = await transaction.commit();
  return { ...result, written: result.written - (writeRecord ? 1 : 0) }; // the record is bookkeeping, not an output
}

/** Compact JSON, one file per line: pretty-printing a 10,000-article corpus doubled its size and time. */
const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** The gazetteer's part of each place's feature: from the place cache, the gazetteer for new places. */
async function placeStatics(placeIds: readonly string[], setup: ParserSetup, cacheDir: string): Promise<Map<string, PlaceStatic>> {
  const cache = PlaceCache.open(cacheDir, setup.version);
  const statics = new Map<string, PlaceStatic>();
  for (const id of placeIds) {
    let place = cache.get(id);
    if (!place) {
      await setup.prepare?.();
      place = placeStatic(setup.lookup.records.get(id)!, setup.lookup.shapes);
      cache.set(id, place);
    }
    statics.set(id, place);
  }
  cache.save();
  return statics;
}

/** Keeps mentions that are sorted, non-overlapping, match the text and name a known, file-safe place id. */
function validMentions(text: string, mentions: readonly Mention[], knownPlace: (id: string) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  let lastEnd = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd || m.end <= m.start || text.slice(m.start, m.end) !== m.text) continue;
    if (!SAFE_FILE_ID.test(m.placeId) || !knownPlace(m.placeId)) continue;
    out.push({ start: m.start, end: m.end, placeId: m.placeId });
    lastEnd = m.end;
  }
  return out;
}
