// Deriving an article's title from its body when the front matter does not give one.
import { splitSentences } from './sentences';

export const HEADLINE_MAX_LENGTH = 150;
export const DERIVED_TITLE_MAX_LENGTH = 100;

export interface TitledBody {
  title: string;
  /** The body with the headline (and any letter-less lines right after it) removed, trimmed. */
  body: string;
}

const BULLET = /^(?:[-*•‣◦–]|\d{1,3}[.)])\s/;

/**
 * Title rule (used when the front matter has no `title`):
 * 1. The first non-empty line is the title when it reads as a headline: at most 150 characters, contains a
 *    letter, does not start with a list bullet ("-", "*", "•", "1."), and does not end with a period
 *    (a sentence). A Markdown heading marker ("# ") is dropped from it. That line is removed from the
 *    body, together with the lines right after it that hold no letters at all (photo counters such as
 *    "20", separators such as "***").
 * 2. Otherwise the title is the first sentence of the body, cut at the last word boundary before 100
 *    characters with "…" appended when longer; the body keeps that sentence.
 * 3. An article with no usable text at all is titled after its file name (without extension).
 * Titles have runs of whitespace collapsed to one space.
 */
export function deriveTitle(body: string, fallback: string): TitledBody {
  const text = body.replace(/^\s+/, '');
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  if (isHeadline(firstLine)) {
    const lines = (newline < 0 ? '' : text.slice(newline + 1)).split('\n');
    let skip = 0;
    while (skip < lines.length && !/\p{L}/u.test(lines[skip])) skip++;
    return { title: collapse(firstLine.replace(/^#{1,6}\s+/, '')), body: lines.slice(skip).join('\n').trim() };
  }
  const trimmed = text.trim();
  const first = splitSentences(trimmed)[0];
  if (!first) return { title: fallback, body: trimmed };
  return { title: truncateAtWord(collapse(trimmed.slice(first.start, first.end)), DERIVED_TITLE_MAX_LENGTH), body: trimmed };
}

export function isHeadline(line: string): boolean {
  const text = line.replace(/^#{1,6}\s+/, '').trim();
  return (
    text.length > 0 &&
    text.length <= HEADLINE_MAX_LENGTH &&
    /\p{L}/u.test(text) &&
    !BULLET.test(text) &&
    !/[.]$/.test(text.replace(/["'”’)\]]+$/, ''))
  );
}

/** Cuts `s` to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncateAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${head}…`;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
