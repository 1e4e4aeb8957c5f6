// A small strict parser for the optional front matter of an article: a block between two "---" lines at
// the very top of the file holding flat `key: value` lines. Only title, source, url and publishedAt are
// read; anything else in the block is ignored. A block that does not follow the format is reported as a
// problem and dropped, so the article is still ingested from its body.

export interface FrontMatter {
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The text after the front matter block (the whole input when there is none). */
  body: string;
  /** Why (part of) the front matter was rejected, one message per problem. */
  problems: string[];
}

const FENCE = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const KNOWN_KEYS = ['title', 'source', 'url', 'publishedAt'] as const;
type KnownKey = (typeof KNOWN_KEYS)[number];

/** `text` must already use "\n" line ends. */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  if (lines.length === 0 || !FENCE.test(lines[0])) return { data: {}, body: text, problems: [] };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    return {
      data: {},
      body: lines.slice(1).join('\n'),
      problems: ['front matter starts with "---" but has no closing "---" line; it was ignored'],
    };
  }
  const body = lines.slice(close + 1).join('\n');
  const raw: Partial<Record<KnownKey, string>> = {};
  const problems: string[] = [];
  for (let i = 1; i < close; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = KEY_VALUE.exec(line);
    if (!m) return { data: {}, body, problems: [`front matter line ${i + 1} is not "key: value" (${JSON.stringify(line.slice(0, 60))}); the block was ignored`] };
    const value = unquote((m[2] ?? '').trim());
    if (value === null) return { data: {}, body, problems: [`front matter line ${i + 1} has an unterminated quoted value; the block was ignored`] };
    const key = KNOWN_KEYS.find((k) => k.toLowerCase() === m[1].toLowerCase());
    if (key && value !== '') raw[key] = value;
  }
  const data: FrontMatter = {};
  if (raw.title) data.title = collapse(raw.title);
  if (raw.source) data.source = collapse(raw.source);
  if (raw.url) {
    if (isWebUrl(raw.url)) data.url = raw.url;
    else problems.push(`front matter url ${JSON.stringify(raw.url)} is not an http(s) URL; it was ignored`);
  }
  if (raw.publishedAt) {
    if (isDate(raw.publishedAt)) data.publishedAt = raw.publishedAt;
    else problems.push(`front matter publishedAt ${JSON.stringify(raw.publishedAt)} is not a date (e.g. 2025-06-18); it was ignored`);
  }
  return { data, body, problems };
}

/** Strips matching surrounding quotes; null when a quote is opened but not closed. */
function unquote(value: string): string | null {
  const q = value[0];
  if (q !== '"' && q !== "'") return value;
  if (value.length < 2 || value[value.length - 1] !== q) return null;
  const inner = value.slice(1, -1);
  return q === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function isWebUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** ISO-like dates only ("2025-06-18", "2025-06-18T10:00:00Z"), so the app can sort and format them. */
function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s));
}
