// Finds, at every word token, the longest gazetteer surface form that starts there.
import type { CaseRule, NameEntry, NameIndex } from './name-index';
import type { Token } from './tokenize';

export interface RawMatch {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Entries that match this exact range (names and/or demonyms). */
  entries: NameEntry[];
}

function caseAllows(token: Token, rule: CaseRule): boolean {
  if (rule === 'any') return true;
  // An acronym ("NIS", "UN") is not a place name written in capitals, unless the whole line shouts.
  if (rule === 'capital') return token.capitalised && (!token.allCaps || token.shoutedLine);
  return token.capitalised && token.raw === token.raw.toUpperCase();
}

/** Index of the token just past the match of `entry` starting at token `first`, or -1. */
function matchEntry(tokens: Token[], first: number, entry: NameEntry): number {
  let t = first;
  for (let n = 0; n < entry.folds.length; n++) {
    if (n > 0 && t < tokens.length && tokens[t].raw === ',' && entry.folds[n] !== ',') t++; // "Washington, D.C." vs "Washington D.C."
    const token = tokens[t];
    if (!token || token.fold !== entry.folds[n] || !caseAllows(token, entry.rules[n])) return -1;
    if (n > 0 && (token.gapBefore.length > 2 || token.gapBefore.includes('\n'))) return -1;
    t++;
  }
  return t;
}

export function findRawMatches(tokens: Token[], index: NameIndex): RawMatch[] {
  const matches: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord || !token.capitalised) continue;
    // A word glued to the previous word by an apostrophe is a suffix ("RUSSIA'S" -> "S"), not a name start.
    if (i >= 2 && token.gapBefore === '' && tokens[i - 1].fold === "'" && tokens[i - 1].gapBefore === '' && tokens[i - 2].isWord) continue;
    const candidates = index.byFirstToken.get(token.fold);
    if (!candidates) continue;
    let bestEnd = -1;
    let best: NameEntry[] = [];
    for (const entry of candidates) {
      const end = matchEntry(tokens, i, entry);
      if (end < 0) continue;
      if (end > bestEnd) {
        bestEnd = end;
        best = [entry];
      } else if (end === bestEnd) {
        best.push(entry);
      }
    }
    if (bestEnd < 0) continue;
    let last = bestEnd;
    if (tokens[last - 1].raw === ',') last--; // never end on a skipped comma
    matches.push({ first: i, last, start: token.start, end: tokens[last - 1].end, entries: best });
  }
  return matches;
}
