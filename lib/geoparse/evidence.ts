// Linguistic evidence around a name match: is it part of a person's or an organisation's name, an ordinary
// word, introduced by a locative word, qualified by a region word? Pure functions of the tokens.
import { CLUB_PREFIXES, COMMON_WORDS, DIRECTION_WORDS, GIVEN_NAMES, LOCATIVE_WORDS, ORGANISATION_HEADS, PERSON_TITLES, REGION_HEADS, SPEECH_AFTER } from './lexicon';
import type { RawMatch } from './match';
import type { Token } from './tokenize';

export interface MatchEvidence {
  /** Part of a person's or an organisation's name, or glued to a capitalised non-place word: not a place. */
  rejected: boolean;
  /** An ordinary English word or a given name ("Mine", "Victor", "Kim", "Florence"): needs strong evidence. */
  weak: boolean;
  /** Preceded by "in", "near", "from" ... (optionally with a direction word: "in central Cairo"). */
  locative: boolean;
  /** Named with a region word ("Donetsk and Luhansk regions", "provinces of Donetsk and Luhansk"). */
  regionCue: boolean;
  /** Index (into the match list) of a place right after a comma ("Paris, Texas"), or -1. */
  qualifier: number;
}

export interface DocumentFacts {
  tokens: Token[];
  matches: RawMatch[];
  /** Token index -> match starting there. */
  matchAt: Map<number, number>;
  /** Token indices inside a match with a country, region, area or demonym candidate. */
  majorPlaceTokens: Set<number>;
  titleCaseToken: boolean[];
  personToken: Set<number>;
  /** Folded surnames seen in person names ("putin"): a bare city of that name elsewhere is the person. */
  surnames: Set<string>;
  organisationToken: Set<number>;
}

function sameLineGap(token: Token): boolean {
  return token.gapBefore.length > 0 && token.gapBefore.length <= 2 && !token.gapBefore.includes('\n');
}

/** Headline lines ("Kim Admits North Korean Forces Cleared Mines") where capitals are no evidence. */
function titleCaseFlags(tokens: Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === lineStart || !tokens[i].gapBefore.includes('\n'))) continue;
    let long = 0;
    let capitalised = 0;
    for (let k = lineStart; k < i; k++) {
      if (tokens[k].isWord && tokens[k].raw.length >= 4 && !/^\d/.test(tokens[k].raw)) {
        long++;
        if (tokens[k].capitalised) capitalised++;
      }
    }
    const titleCase = long >= 3 && capitalised / long >= 0.75;
    for (let k = lineStart; k < i; k++) flags[k] = titleCase;
    lineStart = i;
  }
  return flags;
}

export function documentFacts(tokens: Token[], matches: RawMatch[]): DocumentFacts {
  const matchAt = new Map<number, number>();
  const majorPlaceTokens = new Set<number>();
  matches.forEach((m, i) => {
    matchAt.set(m.first, i);
    let major = false;
    for (const entry of m.entries) if (entry.major) major = true;
    if (major) for (let t = m.first; t < m.last; t++) majorPlaceTokens.add(t);
  });
  const facts: DocumentFacts = {
    tokens,
    matches,
    matchAt,
    majorPlaceTokens,
    titleCaseToken: titleCaseFlags(tokens),
    personToken: new Set(),
    surnames: new Set(),
    organisationToken: new Set(),
  };
  findNames(facts);
  return facts;
}

/** Person names start with a title ("President", "Mr.", "leader") or a given name followed by capitalised
 *  words ("Vladimir Putin", "Kim Jong-un", "Jordan Peterson"); a run ending in an organisation word is an
 *  organisation ("Washington Post", "Korean Central News Agency"). */
function findNames(facts: DocumentFacts): void {
  const { tokens } = facts;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord || (!token.capitalised && !PERSON_TITLES.has(token.fold))) continue;
    const title = PERSON_TITLES.has(token.fold) && !token.allCaps;
    const startsLongName = facts.matchAt.has(i) && facts.matches[facts.matchAt.get(i)!].last - i > 1;
    // "North Korea" starts with the given name "North": a multi-word place name wins.
    const given = token.capitalised && !token.allCaps && GIVEN_NAMES.has(token.fold) && !startsLongName;
    if (!title && !token.capitalised) continue;
    let j = i + 1;
    if (title && tokens[j]?.raw === '.' && tokens[j].gapBefore === '') j++;
    const run: number[] = [];
    while (j < tokens.length) {
      const next = tokens[j];
      if (next.raw === '-' && next.gapBefore === '' && tokens[j + 1]?.isWord && tokens[j + 1].gapBefore === '' && run.length > 0) {
        run.push(j, j + 1);
        j += 2;
        continue;
      }
      if (!next.isWord || !next.capitalised || !sameLineGap(next) || next.sentenceInitial) break;
      if (REGION_HEADS.has(next.fold)) break;
      if (facts.matchAt.has(j) && isCountryOrDemonymMatch(facts, facts.matchAt.get(j)!)) break;
      if (facts.titleCaseToken[j] && COMMON_WORDS.has(next.fold)) break;
      run.push(j);
      j++;
      if (run.length >= 4) break;
    }
    if (run.length === 0 && !ORGANISATION_HEADS.has(token.fold)) continue;
    const words: number[] = [];
    for (const k of run) if (tokens[k].isWord) words.push(k);
    const lastWord = words.length > 0 ? tokens[words[words.length - 1]] : token;
    if (ORGANISATION_HEADS.has(lastWord.fold) && (words.length > 0 || !title)) {
      for (const k of [i, ...run]) facts.organisationToken.add(k);
      continue;
    }
    if (words.length === 0) continue;
    if (title) {
      for (const k of run) facts.personToken.add(k);
      for (const k of words) facts.surnames.add(tokens[k].fold);
    } else if (given) {
      for (const k of [i, ...run]) facts.personToken.add(k);
      for (const k of words) facts.surnames.add(tokens[k].fold);
    }
  }
}

function isCountryOrDemonymMatch(facts: DocumentFacts, matchIndex: number): boolean {
  for (const entry of facts.matches[matchIndex].entries) if (entry.countryOrDemonym) return true;
  return false;
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  const token = tokens[index - 1];
  return token && token.isWord ? token : undefined;
}

export function matchEvidence(facts: DocumentFacts, matchIndex: number): MatchEvidence {
  const { tokens } = facts;
  const match = facts.matches[matchIndex];
  const first = tokens[match.first];
  const single = match.last - match.first === 1;
  let demonymOnly = true;
  let anyCountry = false;
  let exactUpper = false;
  let anyCapital = false;
  for (const entry of match.entries) {
    if (!entry.demonym) demonymOnly = false;
    if (entry.countryOrDemonym) anyCountry = true;
    if (entry.rules[0] === 'upper') exactUpper = true;
    if (entry.capital) anyCapital = true;
  }
  const common = single && !exactUpper && COMMON_WORDS.has(first.fold);
  const given = single && GIVEN_NAMES.has(first.fold);

  let rejected = false;
  for (let t = match.first; t < match.last; t++) {
    if (facts.personToken.has(t)) rejected = true;
  }
  if (!anyCountry && facts.organisationToken.has(match.first)) rejected = true;
  if (!anyCountry && single && facts.surnames.has(first.fold)) rejected = true;
  // "Nice weather ...", "Reading the statement ...": an ordinary word opening a sentence is that word.
  if (common && first.sentenceInitial && !anyCountry && !anyCapital) rejected = true;

  if (!demonymOnly && !rejected) {
    const next = tokens[match.last];
    const nextIsName =
      next !== undefined &&
      next.isWord &&
      next.capitalised &&
      sameLineGap(next) &&
      !next.sentenceInitial &&
      !REGION_HEADS.has(next.fold) &&
      !facts.majorPlaceTokens.has(match.last) &&
      !(facts.titleCaseToken[match.last] && COMMON_WORDS.has(next.fold));
    // "Vladimir Putin", "Moscow Times": a city or region glued to a following capitalised word. Countries
    // keep their mention before an organisation ("UK Defence Ministry", "U.S. State Department").
    if (nextIsName && !anyCountry) rejected = true;
    if (nextIsName && anyCountry && given) rejected = true;
    const previous = tokens[match.first - 1];
    const previousIsName =
      single &&
      previous !== undefined &&
      previous.isWord &&
      previous.capitalised &&
      sameLineGap(first) &&
      !COMMON_WORDS.has(previous.fold) &&
      !PERSON_TITLES.has(previous.fold) &&
      !facts.majorPlaceTokens.has(match.first - 1);
    // "Jong Un", "Peter Paris": a city preceded by a capitalised non-place word.
    if (previousIsName && !anyCountry) rejected = true;
    if (!anyCountry && previous?.capitalised && sameLineGap(first) && CLUB_PREFIXES.has(previous.fold)) rejected = true;
  }

  let locative = false;
  let back = match.first - 1;
  let p = previousWord(tokens, back + 1);
  if (p && DIRECTION_WORDS.has(p.fold)) p = previousWord(tokens, back--);
  // "in the Donbas" is locative, "in the North" (an ordinary word after an article) is not.
  if (p && p.fold === 'the' && !(common || given)) p = previousWord(tokens, back);
  if (p && LOCATIVE_WORDS.has(p.fold)) locative = true;

  let qualifier = -1;
  if (tokens[match.last]?.raw === ',' && facts.matchAt.has(match.last + 1)) qualifier = facts.matchAt.get(match.last + 1)!;
  if (qualifier >= 0) locative = true;

  // "Peskov said", "told Reuters": a speaker, unless it is a capital or a big city speaking by metonymy.
  const after = tokens[match.last];
  const beforeWord = previousWord(tokens, match.first);
  const speaker = single && ((after?.isWord && SPEECH_AFTER.has(after.fold)) || (beforeWord !== undefined && beforeWord.fold === 'told'));
  return { rejected, weak: common || given || speaker, locative, regionCue: hasRegionCue(tokens, match), qualifier };
}

function isJoiner(t: Token | undefined): boolean {
  return t !== undefined && (t.raw === ',' || t.fold === 'and' || t.fold === 'or');
}

/** "Donetsk and Luhansk regions", "the provinces of Donetsk and Luhansk". */
function hasRegionCue(tokens: Token[], match: RawMatch): boolean {
  let k = match.last;
  for (let guard = 0; guard < 8 && k < tokens.length; guard++) {
    const token = tokens[k];
    if (REGION_HEADS.has(token.fold) && token.isWord) return true;
    if (!isJoiner(token)) break;
    k++;
    if (tokens[k]?.fold === 'and') k++;
    if (!tokens[k]?.capitalised) break;
    while (k < tokens.length && tokens[k].capitalised) k++;
  }
  k = match.first - 1;
  for (let guard = 0; guard < 8 && k >= 1; guard++) {
    const token = tokens[k];
    if (token.fold === 'of' && REGION_HEADS.has(tokens[k - 1].fold)) return true;
    if (!isJoiner(token)) break;
    k--;
    if (!tokens[k]?.capitalised) break;
    while (k >= 0 && tokens[k].capitalised) k--;
  }
  return false;
}
