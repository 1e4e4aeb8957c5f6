// The ingest pipeline: corpus files -> prepared articles -> analyses (sentences and mentions) -> generated
// outputs, written atomically, rewriting only the files whose inputs changed. Everything a file yields
// is cached by the file's content (articleCache.ts), and files unchanged since the last run are not even
// read (fileStates.ts). Loading the gazetteer/geoparser is injected so tests and scripts choose how; the
// gazetteer is only touched when an article must be geoparsed or a place is new to the cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Geoparser } from '../geoparse';
import type { Mention, SkippedFile } from '../types';
import { analyseText, type AnalysedText, type PlaceMention } from './analyseArticle';
import { ArticleCache, placeCountsOf, type ArticleSummary } from './articleCache';
import { OutputTransaction, type CommitSummary } from './atomicOutput';
import {
  articleDocument, articleExcerpts, corpusManifest, placesGeoJson, placeStatic, summariseCorpus, type GazetteerLookup,
  type CorpusSummary, type IngestedArticle, type PlaceStatic,
} from './buildOutputs';
import { excerptsFile, spliceExcerptsFile, type ExcerptsPart } from './excerptsFile';
import { FileStates } from './fileStates';
import { OUTPUT_RECORD, OutputRecordBuilder, articleFingerprint, contentFingerprint, excerptRunsOf, excerptsFingerprint, readOutputRecord } from './outputRecord';
import { PlaceCache } from './placeCache';
import { prepareArticle } from './prepareArticle';
import { readCorpus, readCorpusFile } from './readCorpus';
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
  /** Article files whose content was read (the others had not changed since the last run). */
  readCount: number;
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

/** A file that will be ingested: its cache key, what the cache (or preparing it) says about it, and its
 *  analysis once known. */
interface CorpusEntry {
  index: number;
  fileName: string;
  key: string;
  summary: Omit<ArticleSummary, 'placeCounts'>;
  /** The decoded file, read when first needed (a file unchanged since the last run is not read). */
  content(): string;
  /** From the cache (parsed on first use), or set when the article is geoparsed. */
  analysis: (() => AnalysedText) | null;
  placeCounts: Array<[string, number]>;
}

type Entry = CorpusEntry | { index: number; fileName: string; skipped: true };

async function ingestLocked(options: IngestOptions): Promise<IngestSummary> {
  const { info, warn } = options;
  const t0 = performance.now();
  const tLoad = performance.now();
  const setup = await options.loadParser();
  const loadParserMs = performance.now() - tLoad;
  const cacheDir = path.join(options.generatedDir, '.cache');
  const cache = ArticleCache.open(cacheDir, setup.version);
  const states = FileStates.open(cacheDir, setup.version, options.articlesDir);

  const tRead = performance.now();
  const unchangedKeys = new Map<string, string>();
  let readCount = 0;
  const scan = await readCorpus(options.articlesDir, {
    unchanged(fileName, state) {
      const key = states.unchangedKey(fileName, state);
      if (key === undefined || !cache.has(key)) return false;
      unchangedKeys.set(fileName, key);
      return true;
    },
  });
  scan.warnings.forEach(warn);
  const skipped: SkippedFile[] = [...scan.skipped];
  for (const s of scan.skipped) warn(`${s.fileName}: skipped: ${s.reason}`);
  const total = scan.files.length;
  const skip = (fileName: string, reason: string): void => {
    skipped.push({ fileName, reason });
    warn(`${fileName}: skipped: ${reason}`);
  };

  // Every file first, from the cache where it can be, so that the parser knows all the texts it will get.
  const ids = uniqueSlugs(scan.files.map((f) => f.fileName));
  const seenText = new Map<string, string>();
  const entries: Entry[] = [];
  for (const [index, file] of scan.files.entries()) {
    const { fileName } = file;
    let text = file.text;
    let key = unchangedKeys.get(fileName);
    let hit = key !== undefined ? cache.get(key) : null;
    if (!hit && text === undefined) {
      // Trusted but its cache entry turned out unreadable: read it after all.
      const read = readCorpusFile(options.articlesDir, fileName);
      if (!read.ok) {
        skip(fileName, read.reason);
        entries.push({ index, fileName, skipped: true });
        continue;
      }
      text = read.text;
    }
    if (text !== undefined) readCount++;
    if (text !== undefined) {
      key = cache.key(fileName, text);
      hit ??= cache.get(key);
    }
    const content = text !== undefined ? constant(text) : lazyContent(options.articlesDir, fileName, key!, cache, () => readCount++);
    let entry: CorpusEntry;
    if (hit) {
      const { placeCounts, ...summary } = hit.summary;
      entry = { index, fileName, key: key!, summary, content, analysis: hit.analysis, placeCounts };
    } else {
      const prepared = prepareArticle(fileName, ids[index], text!);
      if (!prepared.ok) {
        prepared.warnings.forEach((w) => warn(`${fileName}: ${w}`));
        skip(fileName, prepared.reason);
        entries.push({ index, fileName, skipped: true });
        continue;
      }
      const { article } = prepared;
      const summary = {
        fields: { title: article.title, source: article.source, url: article.url, publishedAt: article.publishedAt },
        warnings: prepared.warnings,
        textHash: createHash('sha256').update(article.text).digest('hex'),
        textLength: article.text.length,
        textAt: article.text,
      };
      entry = { index, fileName, key: key!, summary, content, analysis: null, placeCounts: [] };
    }
    entry.summary.warnings.forEach((w) => warn(`${fileName}: ${w}`));
    const original = seenText.get(entry.summary.textHash);
    if (original !== undefined) {
      skip(fileName, `duplicate of ${original} (same article text)`);
      entries.push({ index, fileName, skipped: true });
      continue;
    }
    seenText.set(entry.summary.textHash, fileName);
    states.set(fileName, file.state, entry.key);
    entries.push(entry);
  }
  const readMs = performance.now() - tRead;
  const toParse = entries.filter((e): e is CorpusEntry => !('skipped' in e) && e.analysis === null).map((e) => textOf(e));

  // Analyse in corpus order: one progress line per article.
  const knownPlace = setup.hasPlace ? (id: string) => setup.hasPlace!(id) : (id: string) => setup.lookup.records.has(id);
  let parser: Geoparser | null = null;
  const articles: IngestedArticle[] = [];
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
    if (entry.analysis) cachedCount++;
    else {
      if (!parser) {
        // Outside the per-article try: a gazetteer that cannot be read fails the run, not an article.
        const tCreate = performance.now();
        await setup.prepare?.();
        parser = setup.createParser(toParse);
        createParserMs = performance.now() - tCreate;
      }
      const tParse = performance.now();
      const text = textOf(entry);
      let analysis: AnalysedText;
      try {
        analysis = analyseText(text, validMentions(text, parser.parse(text), knownPlace));
      } catch (error) {
        skip(entry.fileName, `the geoparser failed on it (${error instanceof Error ? error.message : String(error)})`);
        options.progress?.(progress);
        continue;
      }
      geoparseMs += performance.now() - tParse;
      cache.set(entry.key, entry.content(), { fileName: entry.fileName, text, ...entry.summary.fields }, entry.summary.warnings, entry.summary.textHash, analysis);
      entry.analysis = constant(analysis);
      entry.placeCounts = placeCountsOf(analysis);
    }
    articles.push(ingestedArticle(entry, ids[entry.index]));
    keys.push(entry.key);
    const mentions = entry.placeCounts.reduce((n, [, count]) => n + count, 0);
    if (options.progress) options.progress({ ...progress, mentions, places: entry.placeCounts.length });
    else info(`[${progress.done}/${total}] ${entry.fileName}: ${mentions} mentions, ${entry.placeCounts.length} places`);
  }
  parser = null; // the name index is the biggest thing in memory; the outputs do not need it
  cache.flush();
  if (articles.length === 0) warn(`no articles to ingest in ${options.articlesDir}; writing empty outputs`);

  skipped.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const tWrite = performance.now();
  const summary = summariseCorpus(articles);
  let files: CommitSummary;
  try {
    files = await writeOutputs(options.generatedDir, setup, articles, keys, summary, skipped);
  } catch (error) {
    cache.close(); // keeps what was geoparsed, and forgets entries found damaged
    throw error;
  }
  states.save();
  cache.close();
  const writeMs = performance.now() - tWrite;

  return {
    articleCount: articles.length,
    mentionCount: summary.metas.reduce((n, a) => n + a.mentionCount, 0),
    placeCount: summary.places.size,
    skipped,
    cachedCount,
    readCount,
    files,
    timingsMs: { total: performance.now() - t0, read: readMs, loadParser: loadParserMs, createParser: createParserMs, geoparse: geoparseMs, write: writeMs },
  };
}

const constant = <T>(value: T): (() => T) => () => value;

/** The article text of an entry: stored whole, or a slice of the file. */
function textOf(entry: CorpusEntry): string {
  const at = entry.summary.textAt;
  return typeof at === 'string' ? at : entry.content().slice(at[0], at[1]);
}

/** Reads a file left unread because it had not changed, checking that it still has the content its key
 *  was made from (it could have been edited during the run). */
function lazyContent(articlesDir: string, fileName: string, key: string, cache: ArticleCache, onRead: () => void): () => string {
  let content: string | undefined;
  return () => {
    if (content !== undefined) return content;
    onRead();
    const read = readCorpusFile(articlesDir, fileName);
    if (!read.ok || cache.key(fileName, read.text) !== key) throw new Error(`${fileName} changed while it was being ingested; run the ingest again`);
    content = read.text;
    return content;
  };
}

function ingestedArticle(entry: CorpusEntry, id: string): IngestedArticle {
  return {
    id,
    fileName: entry.fileName,
    fields: entry.summary.fields,
    textLength: entry.summary.textLength,
    placeCounts: entry.placeCounts,
    text: () => textOf(entry),
    analysis: entry.analysis!,
  };
}

/**
 * Writes the outputs: each file whose fingerprint (outputRecord.ts) is unchanged and which is still on
 * disk is kept; the others are serialised one at a time (a 10,000-article corpus makes hundreds of MB of
 * JSON, which must not be held at once) and staged. An excerpts file of a place whose articles partly
 * changed is spliced from the previous one. places.geojson and the manifest are always computed (they
 * hold every article's and place's counts) and kept when their content is the same.
 */
async function writeOutputs(
  outDir: string, setup: ParserSetup, articles: readonly IngestedArticle[], keys: readonly string[], summary: CorpusSummary, skipped: readonly SkippedFile[],
): Promise<CommitSummary> {
  const statics = await placeStatics([...summary.places.keys()], setup, path.join(outDir, '.cache'));
  const transaction = await OutputTransaction.begin(outDir, MANAGED_DIRS);
  try {
    return await stageOutputs(transaction, outDir, setup, articles, keys, summary, statics, skipped);
  } catch (error) {
    await transaction.abort();
    throw error;
  }
}

async function stageOutputs(
  transaction: OutputTransaction, outDir: string, setup: ParserSetup, articles: readonly IngestedArticle[], keys: readonly string[],
  summary: CorpusSummary, statics: ReadonlyMap<string, PlaceStatic>, skipped: readonly SkippedFile[],
): Promise<CommitSummary> {
  const previous = readOutputRecord(outDir, setup.version);
  const next = new OutputRecordBuilder();
  const unchanged = (file: string, fingerprint: string): boolean => previous.files.get(file) === fingerprint && transaction.exists(file);
  const emit = (file: string, fingerprint: string, content: () => string): void => {
    next.files.set(file, fingerprint);
    if (unchanged(file, fingerprint)) transaction.keep(file);
    else transaction.write(file, content());
  };

  const articleFingerprints = articles.map((article, i) => articleFingerprint(keys[i], article.id));
  articles.forEach((article, i) => {
    emit(`articles/${article.id}.json`, articleFingerprints[i], () => json(articleDocument(article, summary.metas[i])));
  });
  for (const [placeId, usage] of summary.places) {
    const file = `excerpts/${placeId}.json`;
    const fingerprint = excerptsFingerprint(placeId, usage.articles, articleFingerprints);
    next.files.set(file, fingerprint);
    if (unchanged(file, fingerprint) && previous.runs.has(placeId)) {
      transaction.keep(file);
      next.carryRuns(placeId, previous);
      continue;
    }
    const parts: ExcerptsPart[] = usage.articles.map((i) => ({
      fingerprint: articleFingerprints[i],
      json: () => articleExcerpts(placeId, articles[i]).map((excerpt) => JSON.stringify(excerpt)).join(','),
    }));
    const previousRuns = transaction.exists(file) ? excerptRunsOf(previous, placeId) : undefined;
    const spliced = previousRuns && spliceExcerptsFile(placeId, readFileSync(path.join(outDir, file), 'utf8'), previousRuns, parts);
    const { content, runs } = spliced ?? excerptsFile(placeId, parts);
    transaction.write(file, content);
    next.setRuns(placeId, runs);
  }
  for (const [file, content] of [
    ['places.geojson', placesGeoJson(summary, statics)],
    ['manifest.json', json(corpusManifest(summary, skipped))],
  ] as const) {
    emit(file, contentFingerprint(content), () => content);
  }
  const sameRecord = next.files.size === previous.files.size && [...next.files].every(([file, fp]) => previous.files.get(file) === fp);
  const writeRecord = !sameRecord || !transaction.exists(OUTPUT_RECORD);
  if (writeRecord) transaction.write(OUTPUT_RECORD, next.serialise(setup.version));
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
      place = placeStatic(setup.lookup.records.get(id)!, setup.lookup.shapes, setup.lookup.shapeLevels);
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
