// Cache of each article file's ingest (its prepared text and metadata, warnings, place counts, sentences
// and mentions), so that re-ingesting a corpus where one article changed prepares, splits and geoparses
// only that article. Keyed by a hash of the file's name and content and of the parser version (gazetteer
// data, geoparser, sentence splitter and ingest code), so any change to either invalidates every entry.
// Two files of lines "<key>\t<JSON>", read whole (ten thousand entries load with one read): the
// summaries (what the manifest and places.geojson need), read for every run, and the analyses (what
// article and excerpt files need), read only when an unchanged article's files must be rewritten and
// checked against a hash in the summary before use. New entries are appended as they come (a killed run
// keeps the work it did); unused entries are dropped by rewriting the files once they are a quarter.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TextSpan } from '../types';
import type { AnalysedText, PlaceMention } from './analyseArticle';
import type { PreparedArticle } from './prepareArticle';

const SUMMARIES = 'articles.jsonl';
const ANALYSES = 'analyses.jsonl';
/** The cache of an earlier version, removed when found. */
const LEGACY = 'mentions';
/** Appended entries are written out in batches of this many. */
const FLUSH_EVERY = 200;
const KEY_LENGTH = 64;

/** The front matter and derived fields of a prepared article: all but its id, file name and text. */
export type ArticleFields = Pick<PreparedArticle, 'title' | 'source' | 'url' | 'publishedAt'>;

export interface ArticleSummary {
  fields: ArticleFields;
  /** prepareArticle's warnings, replayed on every run. */
  warnings: string[];
  /** sha256 of the article text: duplicates are found by it. */
  textHash: string;
  textLength: number;
  /** Where the text is in the file's content ([start, end]), or the text itself when it is not a slice. */
  textAt: [number, number] | string;
  /** Places by mentions, most mentioned first, then by id: [placeId, count]. */
  placeCounts: Array<[string, number]>;
}

export interface CachedArticle {
  summary: ArticleSummary;
  /** Parses the stored sentences and mentions (checked against the text's length). */
  analysis(): AnalysedText;
}

interface StoredSummary {
  f: ArticleFields;
  w: string[];
  h: string;
  n: number;
  x: [number, number] | string;
  p: Array<[string, number]>;
  /** Hash of the analysis JSON: a torn or edited line is a miss, before anything parses it. */
  c: string;
}

/** The stored analysis: flat arrays, a third of the size of objects. */
interface StoredAnalysis {
  /** Sentence starts and ends: [start0, end0, start1, end1, ...]. */
  s: number[];
  /** Mentions: [start, end, placeId, ...]. */
  m: Array<number | string>;
  /** Sentence index of each mention. */
  o: number[];
}

const checksum = (json: string): string => createHash('sha256').update(json).digest('hex').slice(0, 24);

/** Places by mentions, most mentioned first, then by id (UTF-16 order). */
export function placeCountsOf(analysis: AnalysedText): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const m of analysis.mentions) counts.set(m.placeId, (counts.get(m.placeId) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** Key -> line of a cache file; `bad` when some line is torn, corrupt or repeated. */
function readLines(file: string): { lines: Map<string, string>; bad: boolean } {
  const lines = new Map<string, string>();
  let bad = false;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { lines, bad };
  }
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.indexOf('\t') !== KEY_LENGTH) {
      bad = true;
      continue;
    }
    const key = line.slice(0, KEY_LENGTH);
    if (lines.has(key)) bad = true;
    lines.set(key, line);
  }
  return { lines, bad };
}

export class ArticleCache {
  /** Key -> summary line (parsed when asked for). */
  private readonly lines: Map<string, string>;
  /** Key -> analysis line; read on first need. */
  private analyses: Map<string, string> | undefined;
  private readonly used = new Set<string>();
  private pending: Array<{ summary: string; analysis: string }> = [];
  /** A file holds torn, corrupt or superseded lines. */
  private filesNeedRewrite: boolean;

  private constructor(private readonly dir: string, private readonly version: string) {
    const { lines, bad } = readLines(path.join(dir, SUMMARIES));
    this.lines = lines;
    this.filesNeedRewrite = bad;
  }

  static open(dir: string, version: string): ArticleCache {
    rmSync(path.join(dir, LEGACY), { recursive: true, force: true });
    return new ArticleCache(dir, version);
  }

  /** `content` is the decoded file. */
  key(fileName: string, content: string): string {
    return createHash('sha256').update(this.version).update('\0').update(fileName).update('\0').update(content).digest('hex');
  }

  has(key: string): boolean {
    return this.lines.has(key);
  }

  /** The cached ingest of the file whose key is `key`, or null when absent or unreadable (a corrupt entry
   *  is just a miss). */
  get(key: string): CachedArticle | null {
    this.used.add(key);
    const line = this.lines.get(key);
    if (line !== undefined) {
      const entry = parseSummary(line, () => this.analysisLine(key), () => this.drop(key));
      if (entry) return entry;
      this.filesNeedRewrite = true;
    }
    this.lines.delete(key);
    return null;
  }

  /** `content` is the decoded file (the text is stored as a slice of it when it is one). */
  set(key: string, content: string, article: Omit<PreparedArticle, 'id'>, warnings: string[], textHash: string, analysis: AnalysedText): void {
    this.used.add(key);
    const stored: StoredAnalysis = {
      s: analysis.sentences.flatMap((s) => [s.start, s.end]),
      m: analysis.mentions.flatMap((m) => [m.start, m.end, m.placeId]),
      o: analysis.sentenceOfMention,
    };
    const analysisJson = JSON.stringify(stored);
    const at = content.indexOf(article.text);
    const fields: ArticleFields = { title: article.title };
    if (article.source !== undefined) fields.source = article.source;
    if (article.url !== undefined) fields.url = article.url;
    if (article.publishedAt !== undefined) fields.publishedAt = article.publishedAt;
    const summary: StoredSummary = {
      f: fields,
      w: warnings,
      h: textHash,
      n: article.text.length,
      x: at >= 0 ? [at, at + article.text.length] : article.text,
      p: placeCountsOf(analysis),
      c: checksum(analysisJson),
    };
    const lines = { summary: `${key}\t${JSON.stringify(summary)}`, analysis: `${key}\t${analysisJson}` };
    if (this.lines.has(key)) this.filesNeedRewrite = true;
    this.lines.set(key, lines.summary);
    this.analyses?.set(key, lines.analysis);
    this.pending.push(lines);
    if (this.pending.length >= FLUSH_EVERY) this.flush();
  }

  /** Appends the entries made since the last flush to the files (analyses first: a summary is never
   *  without its analysis, and a torn analysis fails its summary's hash). */
  flush(): void {
    if (this.pending.length === 0) return;
    mkdirSync(this.dir, { recursive: true });
    appendFileSync(path.join(this.dir, ANALYSES), `${this.pending.map((p) => p.analysis).join('\n')}\n`);
    appendFileSync(path.join(this.dir, SUMMARIES), `${this.pending.map((p) => p.summary).join('\n')}\n`);
    this.pending = [];
  }

  /** Flushes; rewrites the files with only the entries this run used when they hold bad lines or when
   *  the unused ones are more than a quarter of them (one edited article leaves one). */
  close(): void {
    this.flush();
    let unused = 0;
    for (const key of this.lines.keys()) if (!this.used.has(key)) unused++;
    if (!this.filesNeedRewrite && unused * 4 <= this.lines.size) return;
    const analyses = this.analysisLines();
    const keys = [...this.lines.keys()].filter((key) => this.used.has(key) && analyses.has(key));
    mkdirSync(this.dir, { recursive: true });
    // Analyses first: a summary whose analysis is missing would be a miss anyway, but not the reverse.
    for (const [name, lines] of [[ANALYSES, analyses], [SUMMARIES, this.lines]] as const) {
      const file = path.join(this.dir, name);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, keys.map((key) => `${lines.get(key)}\n`).join(''));
      renameSync(temporary, file);
    }
    this.filesNeedRewrite = false;
  }

  private analysisLines(): Map<string, string> {
    if (!this.analyses) {
      const { lines, bad } = readLines(path.join(this.dir, ANALYSES));
      this.analyses = lines;
      if (bad) this.filesNeedRewrite = true;
    }
    return this.analyses;
  }

  private analysisLine(key: string): string | undefined {
    return this.analysisLines().get(key);
  }

  /** An analysis was found damaged: forgets every entry whose analysis does not match its summary, so
   *  that the next run (after close) geoparses those articles again. */
  private drop(key: string): void {
    this.lines.delete(key);
    const analyses = this.analysisLines();
    for (const [other, line] of this.lines) {
      const analysis = analyses.get(other);
      const stored = parseJson(line.slice(KEY_LENGTH + 1)) as Partial<StoredSummary> | undefined;
      if (analysis === undefined || stored?.c !== checksum(analysis.slice(KEY_LENGTH + 1))) this.lines.delete(other);
    }
    this.filesNeedRewrite = true;
  }
}

/** The entry of a summary line; its analysis, read by `analysisLine` when asked for, must match the
 *  summary's hash (else `damaged` is called and it throws). Null when the summary is unreadable. */
function parseSummary(line: string, analysisLine: () => string | undefined, damaged: () => void): CachedArticle | null {
  let stored: Partial<StoredSummary>;
  try {
    stored = JSON.parse(line.slice(KEY_LENGTH + 1)) as Partial<StoredSummary>;
  } catch {
    return null;
  }
  const { f, w, h, n, x, p, c } = stored;
  if (typeof f?.title !== 'string' || !Array.isArray(w) || !w.every((s) => typeof s === 'string') || typeof h !== 'string') return null;
  if (typeof n !== 'number' || !(typeof x === 'string' || (Array.isArray(x) && x.length === 2 && x[1] - x[0] === n))) return null;
  if (!Array.isArray(p) || !p.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number') || typeof c !== 'string') return null;
  const fields: ArticleFields = { title: f.title };
  for (const field of ['source', 'url', 'publishedAt'] as const) if (typeof f[field] === 'string') fields[field] = f[field];
  const summary: ArticleSummary = { fields, warnings: w, textHash: h, textLength: n, textAt: x, placeCounts: p };
  return {
    summary,
    analysis() {
      const analysisJson = analysisLine()?.slice(KEY_LENGTH + 1);
      const analysis = analysisJson !== undefined && checksum(analysisJson) === c ? fromStored(JSON.parse(analysisJson) as unknown, n) : null;
      // Only when the analyses file was damaged by something else: the entry is dropped (the cache saved
      // as the run fails), and the next run geoparses the article again.
      if (!analysis) {
        damaged();
        throw new Error('the article cache was damaged (an analysis is missing or does not match its summary); run the ingest again');
      }
      return analysis;
    },
  };
}

/** Back from the stored form, checking that every offset lies in the text and every mention in its
 *  sentence; null when anything is off. */
function fromStored(value: unknown, length: number): AnalysedText | null {
  if (value === null || typeof value !== 'object') return null;
  const { s, m, o } = value as Partial<StoredAnalysis>;
  if (!Array.isArray(s) || !Array.isArray(m) || !Array.isArray(o) || s.length % 2 !== 0 || m.length !== o.length * 3) return null;
  const sentences: TextSpan[] = [];
  for (let i = 0; i < s.length; i += 2) {
    const [start, end] = [s[i], s[i + 1]];
    if (!isOffset(start, length) || !isOffset(end, length) || end < start) return null;
    sentences.push({ start, end });
  }
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < o.length; i++) {
    const [start, end, placeId] = [m[3 * i], m[3 * i + 1], m[3 * i + 2]];
    const sentence = sentences[o[i]];
    if (!isOffset(start, length) || !isOffset(end, length) || typeof placeId !== 'string' || sentence === undefined) return null;
    if (start < sentence.start || end > sentence.end || end <= start) return null;
    mentions.push({ start, end, placeId });
  }
  return { sentences, mentions, sentenceOfMention: o };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isOffset(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= length;
}
