// Finds, at every capitalised word, the longest gazetteer surface form that starts there.
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

/** The entry's case rules hold for the matched tokens (`path` lists the token indices, commas skipped). */
function casesAllow(tokens: Token[], path: number[], entry: NameEntry): boolean {
  for (let n = 0; n < path.length; n++) if (!caseAllows(tokens[path[n]], entry.rules[n])) return false;
  return true;
}

export function findRawMatches(tokens: Token[], index: NameIndex): RawMatch[] {
  const matches: RawMatch[] = [];
  const path: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord || !token.capitalised) continue;
    // A word glued to the previous word by an apostrophe is a suffix ("RUSSIA'S" -> "S"), not a name start.
    if (i >= 2 && token.gapBefore === '' && tokens[i - 1].fold === "'" && tokens[i - 1].gapBefore === '' && tokens[i - 2].isWord) continue;
    let node = index.trie.next.get(token.fold);
    if (!node) continue;
    path.length = 0;
    path.push(i);
    let t = i + 1;
    let bestLast = -1;
    let best: NameEntry[] = [];
    for (;;) {
      if (node.entries.length > 0) {
        let valid: NameEntry[] | undefined;
        for (const entry of node.entries) if (casesAllow(tokens, path, entry)) (valid ??= []).push(entry);
        if (valid) {
          bestLast = path[path.length - 1] + 1;
          best = valid;
        }
      }
      // "Washington, D.C." is also written "Washington D.C.": a comma in the text may be skipped.
      if (t < tokens.length && tokens[t].raw === ',' && !node.next.has(',')) t++;
      const next = tokens[t];
      if (!next || next.gapBefore.length > 2 || next.gapBefore.includes('\n')) break;
      const child = node.next.get(next.fold);
      if (!child) break;
      node = child;
      path.push(t);
      t++;
    }
    if (bestLast < 0) continue;
    matches.push({ first: i, last: bestLast, start: token.start, end: tokens[bestLast - 1].end, entries: best });
  }
  return matches;
}
