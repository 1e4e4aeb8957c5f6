// Cache of each article file's ingest (its prepared text and metadata, warnings, sentences and place
// mentions), so that re-ingesting a corpus where one article changed prepares, splits and geoparses only
// that article. Keyed by a hash of the file's name and content and of the parser version (gazetteer
// data, geoparser, sentence splitter and ingest code), so any change to either invalidates every entry.
// One file of lines "<key>\t<json>": ten thousand entries load with one read. New entries are appended
// as they come (a killed run keeps the work it did); unused entries are dropped by rewriting the file
// once they are a quarter of it.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TextSpan } from '../types';
import type { AnalysedText, PlaceMention } from './analyseArticle';
import type { PreparedArticle } from './prepareArticle';

const FILE = 'articles.jsonl';
/** Caches of earlier versions, removed when found. */
const LEGACY = ['mentions', 'analyses.jsonl'];
/** Appended entries are written out in batches of this many. */
const FLUSH_EVERY = 200;
const KEY_LENGTH = 64;

export interface CachedArticle {
  /** The prepared article but its id (ids depend on the other files' names). */
  article: Omit<PreparedArticle, 'id'>;
  /** prepareArticle's warnings, replayed on every run. */
  warnings: string[];
  /** sha256 of article.text: duplicates are found by it. */
  textHash: string;
  analysis: AnalysedText;
}

/** The stored form: front matter fields, the text as offsets into the file when it is a slice of it,
 *  and flat arrays (a third of the size of objects). */
interface StoredArticle {
  a: { title: string; source?: string; url?: string; publishedAt?: string };
  w: string[];
  h: string;
  /** [start, end] of the text in the file's content, or the text itself. */
  x: [number, number] | string;
  /** Sentence starts and ends: [start0, end0, start1, end1, ...]. */
  s: number[];
  /** Mentions: [start, end, placeId, ...]. */
  m: Array<number | string>;
  /** Sentence index of each mention. */
  o: number[];
}

export class ArticleCache {
  /** Key -> stored line (parsed when asked for). */
  private readonly lines = new Map<string, string>();
  private readonly used = new Set<string>();
  private pending: string[] = [];
  /** The file holds torn, corrupt or superseded lines. */
  private fileNeedsRewrite = false;

  private constructor(private readonly dir: string, private readonly version: string) {}

  static open(dir: string, version: string): ArticleCache {
    const cache = new ArticleCache(dir, version);
    for (const legacy of LEGACY) rmSync(path.join(dir, legacy), { recursive: true, force: true });
    let text = '';
    try {
      text = readFileSync(cache.file, 'utf8');
    } catch {
      return cache;
    }
    for (const line of text.split('\n')) {
      if (line === '') continue;
      if (line.indexOf('\t') !== KEY_LENGTH) {
        cache.fileNeedsRewrite = true;
        continue;
      }
      const key = line.slice(0, KEY_LENGTH);
      if (cache.lines.has(key)) cache.fileNeedsRewrite = true;
      cache.lines.set(key, line);
    }
    return cache;
  }

  /** `content` is the decoded file. */
  key(fileName: string, content: string): string {
    return createHash('sha256').update(this.version).update('\0').update(fileName).update('\0').update(content).digest('hex');
  }

  /** The cached ingest of the file, or null when absent or unreadable (a corrupt entry is just a miss). */
  get(key: string, fileName: string, content: string): CachedArticle | null {
    this.used.add(key);
    const line = this.lines.get(key);
    if (line === undefined) return null;
    try {
      const entry = fromStored(JSON.parse(line.slice(KEY_LENGTH + 1)) as unknown, fileName, content);
      if (entry) return entry;
    } catch {
      // fall through: a miss
    }
    this.lines.delete(key);
    this.fileNeedsRewrite = true;
    return null;
  }

  set(key: string, content: string, entry: CachedArticle): void {
    this.used.add(key);
    const line = `${key}\t${JSON.stringify(toStored(entry, content))}`;
    if (this.lines.has(key)) this.fileNeedsRewrite = true;
    this.lines.set(key, line);
    this.pending.push(line);
    if (this.pending.length >= FLUSH_EVERY) this.flush();
  }

  /** Appends the entries made since the last flush to the file. */
  flush(): void {
    if (this.pending.length === 0) return;
    mkdirSync(this.dir, { recursive: true });
    appendFileSync(this.file, `${this.pending.join('\n')}\n`);
    this.pending = [];
  }

  /** Flushes; rewrites the file with only the entries this run used when it holds bad lines or when the
   *  unused ones are more than a quarter of it (one edited article leaves one). */
  close(): void {
    this.flush();
    let unused = 0;
    for (const key of this.lines.keys()) if (!this.used.has(key)) unused++;
    if (!this.fileNeedsRewrite && unused * 4 <= this.lines.size) return;
    const kept = [...this.lines].filter(([key]) => this.used.has(key)).map(([, line]) => `${line}\n`);
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, kept.join(''));
    renameSync(temporary, this.file);
    this.fileNeedsRewrite = false;
  }

  private get file(): string {
    return path.join(this.dir, FILE);
  }
}

function toStored({ article, warnings, textHash, analysis }: CachedArticle, content: string): StoredArticle {
  const at = content.indexOf(article.text);
  const a: StoredArticle['a'] = { title: article.title };
  if (article.source !== undefined) a.source = article.source;
  if (article.url !== undefined) a.url = article.url;
  if (article.publishedAt !== undefined) a.publishedAt = article.publishedAt;
  return {
    a,
    w: warnings,
    h: textHash,
    x: at >= 0 ? [at, at + article.text.length] : article.text,
    s: analysis.sentences.flatMap((s) => [s.start, s.end]),
    m: analysis.mentions.flatMap((m) => [m.start, m.end, m.placeId]),
    o: analysis.sentenceOfMention,
  };
}

/** Back from the stored form, checking that every offset lies in the text and every mention in its
 *  sentence; null when anything is off. */
function fromStored(value: unknown, fileName: string, content: string): CachedArticle | null {
  if (value === null || typeof value !== 'object') return null;
  const { a, w, h, x, s, m, o } = value as Partial<StoredArticle>;
  if (typeof a?.title !== 'string' || !Array.isArray(w) || !w.every((line) => typeof line === 'string') || typeof h !== 'string') return null;
  let text: string;
  if (typeof x === 'string') text = x;
  else if (Array.isArray(x) && isOffset(x[0], content.length) && isOffset(x[1], content.length) && x[0] <= x[1]) text = content.slice(x[0], x[1]);
  else return null;
  if (!Array.isArray(s) || !Array.isArray(m) || !Array.isArray(o) || s.length % 2 !== 0 || m.length !== o.length * 3) return null;
  const sentences: TextSpan[] = [];
  for (let i = 0; i < s.length; i += 2) {
    const [start, end] = [s[i], s[i + 1]];
    if (!isOffset(start, text.length) || !isOffset(end, text.length) || end < start) return null;
    sentences.push({ start, end });
  }
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < o.length; i++) {
    const [start, end, placeId] = [m[3 * i], m[3 * i + 1], m[3 * i + 2]];
    const sentence = sentences[o[i]];
    if (!isOffset(start, text.length) || !isOffset(end, text.length) || typeof placeId !== 'string' || sentence === undefined) return null;
    if (start < sentence.start || end > sentence.end || end <= start) return null;
    mentions.push({ start, end, placeId });
  }
  const article: Omit<PreparedArticle, 'id'> = { fileName, title: a.title, text };
  if (typeof a.source === 'string') article.source = a.source;
  if (typeof a.url === 'string') article.url = a.url;
  if (typeof a.publishedAt === 'string') article.publishedAt = a.publishedAt;
  return { article, warnings: w, textHash: h, analysis: { sentences, mentions, sentenceOfMention: o } };
}

function isOffset(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= length;
}
