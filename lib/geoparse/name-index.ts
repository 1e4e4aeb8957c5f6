// The name index: every surface form of every gazetteer record, tokenised once, keyed by its first token.
import type { GazetteerRecord } from '../gazetteer/types';
import { foldToken } from './fold';
import { COMMON_WORDS } from './lexicon';
import { TOKEN } from './tokenize';

/** How a text token must be written to match a name token. */
export type CaseRule = 'upper' | 'capital' | 'any';

export interface NameEntry {
  /** Folded tokens of the surface form. */
  folds: string[];
  rules: CaseRule[];
  /** A demonym ("North Korean") rather than a name. */
  demonym: boolean;
  /** Indices into the record array, ascending. */
  recordIndices: number[];
  /** Summary of the records (set when the index is built), so that matching code needs no closures. */
  countryOrDemonym: boolean;
  /** Some record is a country, region or area (or a demonym). */
  major: boolean;
  capital: boolean;
}

/** Token trie of all surface forms: walking it along the text finds every form starting at a token. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries whose folded tokens end at this node. */
  entries: NameEntry[];
}

export interface NameIndex {
  records: GazetteerRecord[];
  trie: TrieNode;
  /** Folded surface form (tokens joined by a space) -> record indices, for region-word lookups ("kursk oblast"). */
  byFoldedName: Map<string, number[]>;
  /** Demonyms that name more than one state ("Korean", "Congolese"): never a mention. */
  ambiguousDemonyms: Set<string>;
}

const DIRECTIONS = ['north', 'south', 'east', 'west'];

const WORD_START = /[\p{L}\p{M}\p{N}]/u;

/** Tokenises a surface form like the text tokenizer does, without the sentence bookkeeping (the index
 *  tokenises a few hundred thousand forms: this must stay cheap). */
function tokensOf(form: string, foldCache: Map<string, string>): { folds: string[]; rules: CaseRule[] } {
  const folds: string[] = [];
  const rules: CaseRule[] = [];
  for (const match of form.matchAll(TOKEN)) {
    const raw = match[0];
    if (raw === ',') continue;
    let fold = foldCache.get(raw);
    if (fold === undefined) {
      fold = foldToken(raw);
      foldCache.set(raw, fold);
    }
    folds.push(fold);
    if (!WORD_START.test(raw[0])) {
      rules.push('any');
      continue;
    }
    const upper = raw[0] !== raw[0].toLowerCase();
    const allCaps = raw.length >= 2 && raw.length <= 5 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    // The first word of a name must be capitalised in the text even if the source writes it in lower case.
    rules.push(allCaps ? 'upper' : upper || rules.length === 0 ? 'capital' : 'any');
  }
  return { folds, rules };
}

/** Spelling variants the sources leave out: "US" <-> "U.S.", "North Korean" -> "N. Korean"/"N Korean", plurals. */
function variantsOf(form: string, demonym: boolean): string[] {
  // "the Donbas", "the Korean Peninsula": a lower-case article is not part of the name; a capitalised one
  // is ("The Hague"), but "the Hague" must still find "Hague".
  const bare = form.replace(/^the\s+/, '');
  // "the States" must not become every capitalised "States" ("Member States", "the Gulf States").
  const variants = [bare !== form && COMMON_WORDS.has(bare.toLowerCase()) ? form : bare];
  const rest = form.replace(/^The\s+/, '');
  // ... but not when the rest is an ordinary word ("The Valley", Anguilla, is not every "Valley").
  if (rest !== form && !COMMON_WORDS.has(rest.toLowerCase())) variants.push(rest);
  if (/^[A-Z]{2,4}$/.test(variants[0])) variants.push(variants[0].split('').join('.') + '.');
  if (/^([A-Z]\.){2,4}$/.test(variants[0])) variants.push(variants[0].replace(/\./g, ''));
  const direction = /^(North|South)\s+(.+)$/.exec(variants[0]);
  if (direction) variants.push(`${direction[1][0]}. ${direction[2]}`, `${direction[1][0]} ${direction[2]}`);
  if (demonym) {
    for (const v of [...variants]) if (/(an|i)$/.test(v)) variants.push(`${v}s`);
  }
  return variants;
}

const sameRules = (a: CaseRule[], b: CaseRule[]) => a.length === b.length && a.every((rule, i) => rule === b[i]);

export interface NameIndexOptions {
  /** Demonyms that are ambiguous in the whole gazetteer, for an index of only part of it: a part cannot
   *  tell that "Korean" is ambiguous when it lacks North Korea's "North Korean". */
  ambiguousDemonyms?: ReadonlySet<string>;
}

export function buildNameIndex(records: GazetteerRecord[], options: NameIndexOptions = {}): NameIndex {
  const trie: TrieNode = { next: new Map(), entries: [] };
  const byFoldedName = new Map<string, number[]>();
  const demonymOwners = new Map<string, Set<number>>();
  const foldCache = new Map<string, string>();

  const add = (form: string, recordIndex: number, demonym: boolean, region: boolean) => {
    for (const variant of variantsOf(form.trim(), demonym)) {
      const { folds, rules } = tokensOf(variant, foldCache);
      if (folds.length === 0 || !WORD_START.test(folds[0][0])) continue;
      let node = trie;
      for (const fold of folds) {
        let child = node.next.get(fold);
        if (!child) {
          child = { next: new Map(), entries: [] };
          node.next.set(fold, child);
        }
        node = child;
      }
      // Entries of one node differ only by kind (name/demonym) and case rules ("US" vs "Us").
      let entry = node.entries.find((e) => e.demonym === demonym && sameRules(e.rules, rules));
      if (!entry) {
        entry = { folds, rules, demonym, recordIndices: [], countryOrDemonym: demonym, major: demonym, capital: false };
        node.entries.push(entry);
      }
      if (entry.recordIndices[entry.recordIndices.length - 1] !== recordIndex && !entry.recordIndices.includes(recordIndex)) {
        entry.recordIndices.push(recordIndex);
        const record = records[recordIndex];
        if (record.kind === 'country') entry.countryOrDemonym = true;
        if (record.kind !== 'city') entry.major = true;
        if (record.capital) entry.capital = true;
      }
      // Only regions are looked up by folded name ("donetsk oblast" for "Donetsk and Luhansk regions").
      if (region && !demonym) {
        const folded = folds.join(' ');
        const list = byFoldedName.get(folded) ?? [];
        if (!list.includes(recordIndex)) list.push(recordIndex);
        byFoldedName.set(folded, list);
      }
    }
  };

  records.forEach((record, recordIndex) => {
    const region = record.kind === 'region';
    add(record.name, recordIndex, false, region);
    for (const name of record.names) {
      // An alternate name that is an ordinary word ("Island" for Iceland, "Region", "Capital") names
      // nothing reliably; the display name keeps its place (with the weak-word checks at match time).
      if (name === record.name || COMMON_WORDS.has(foldToken(name.replace(/^the\s+/i, '')))) continue;
      add(name, recordIndex, false, region);
    }
    for (const demonym of record.demonyms ?? []) {
      add(demonym, recordIndex, true, false);
      const folded = tokensOf(demonym, foldCache).folds.join(' ');
      const owners = demonymOwners.get(folded) ?? new Set<number>();
      owners.add(recordIndex);
      demonymOwners.set(folded, owners);
    }
  });

  const ambiguousDemonyms = options.ambiguousDemonyms ? new Set(options.ambiguousDemonyms) : findAmbiguousDemonyms(demonymOwners);
  return { records, trie, byFoldedName, ambiguousDemonyms };
}

/** For each first token of a surface form, the records (ascending indices) with a form starting with it.
 *  Matching starts only at a text token that is a first token, and every name a match can reach lies in
 *  that token's branch, so the records of a text's tokens are all that a parser of that text needs. */
export function recordsByFirstToken(index: NameIndex): Map<string, number[]> {
  const result = new Map<string, number[]>();
  const collect = (node: TrieNode, into: Set<number>): void => {
    for (const entry of node.entries) for (const r of entry.recordIndices) into.add(r);
    for (const child of node.next.values()) collect(child, into);
  };
  for (const [fold, child] of index.trie.next) {
    const indices = new Set<number>();
    collect(child, indices);
    result.set(fold, [...indices].sort((a, b) => a - b));
  }
  return result;
}

/** "Korean" is ambiguous when its owner also has "South Korean" and another state has "North Korean";
 *  "Sudanese" is not (Sudan has no "North Sudanese"). A demonym owned by two states is ambiguous too. */
function findAmbiguousDemonyms(owners: Map<string, Set<number>>): Set<string> {
  const ambiguous = new Set<string>();
  for (const [demonym, recordSet] of owners) {
    if (recordSet.size > 1) {
      ambiguous.add(demonym);
      continue;
    }
    const [owner] = recordSet;
    let ownQualified = false;
    let otherQualified = false;
    for (const direction of DIRECTIONS) {
      const qualified = owners.get(`${direction} ${demonym}`);
      if (!qualified) continue;
      if (qualified.has(owner)) ownQualified = true;
      if ([...qualified].some((r) => r !== owner)) otherQualified = true;
    }
    if (ownQualified && otherQualified) ambiguous.add(demonym);
  }
  return ambiguous;
}
