// One synthetic news article: front matter (title, source, publishedAt, sometimes url), a dateline and
// paragraphs of template sentences about a main place and a few others, about 4,000 characters long.
import type { PlaceKind } from '../types';
import { drawPlace, drawPlaceOfKind, type NewsPlace, type PlacePool } from './newsPlaces';
import { createPrng, seedFrom, type Prng } from './prng';
import {
  GENERAL_SENTENCES, GIVEN_NAMES, HEADLINES, MONTHS, MONTHS_BEFORE_DAY, ORGANISATIONS, OUTLETS, SUBHEADINGS, SURNAMES, TITLES, TOPICS,
  TOPIC_SENTENCES, WEEKDAYS, type Topic,
} from './vocabulary';

export interface ArticleOptions {
  seed: number;
  /** Target body length in characters (default 4,000); each article lands within about ±10 % of it. */
  length?: number;
}

export interface SyntheticArticle {
  fileName: string;
  /** The whole file: front matter and body, "\n" line ends, ending with a newline. */
  content: string;
  /** Ids of the places the generator wrote (whether the geoparser finds each is its business). */
  placeIds: string[];
}

const CITY: ReadonlySet<PlaceKind> = new Set(['city']);
const COUNTRY: ReadonlySet<PlaceKind> = new Set(['country']);
/** Days from 2024-01-01 over which publication dates spread. */
const DATE_SPAN_DAYS = 730;

/** The `index`-th article (0-based) of the corpus made with `options.seed`; independent of other indices. */
export function generateArticle(index: number, pool: PlacePool, options: ArticleOptions): SyntheticArticle {
  const prng = createPrng(seedFrom('article', options.seed, index));
  const target = Math.round((options.length ?? 4000) * (0.92 + 0.12 * prng.next()));
  const topic = prng.pick(TOPICS);
  const writer = new ArticleWriter(pool, prng, topic);

  const title = capitaliseFirst(writer.use(writer.fill(prng.pick(HEADLINES[topic]))));
  const markdown = index % 12 === 11;
  const paragraphs: string[] = [];
  let length = 0;
  let paragraph = `${writer.dateline()} — ${writer.use(writer.sentence())}`;
  let sentencesInParagraph = 1;
  let paragraphTarget = prng.between(2, 5);
  const firstHeading = prng.int(SUBHEADINGS.length);
  for (;;) {
    const sentence = writer.sentence();
    if (length + paragraph.length + sentence.length + 3 > target && length + paragraph.length >= target * 0.9) break;
    writer.use(sentence);
    if (sentencesInParagraph >= paragraphTarget) {
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
      if (markdown && paragraphs.length % 3 === 0) {
        paragraphs.push(`## ${SUBHEADINGS[(firstHeading + paragraphs.length) % SUBHEADINGS.length]}`);
      }
      paragraph = sentence;
      sentencesInParagraph = 1;
      paragraphTarget = prng.between(2, 5);
    } else {
      paragraph += ` ${sentence}`;
      sentencesInParagraph++;
    }
  }
  paragraphs.push(paragraph);

  const day = new Date(Date.UTC(2024, 0, 1) + ((index * 7919 + prng.int(3)) % DATE_SPAN_DAYS) * 86_400_000);
  const front = [`title: ${title}`, `source: ${prng.pick(OUTLETS)}`, `publishedAt: ${day.toISOString().slice(0, 10)}`];
  if (prng.chance(0.4)) front.push(`url: https://news.example/${day.toISOString().slice(0, 7).replace('-', '/')}/story-${index + 1}`);
  const number = String(index + 1).padStart(5, '0');
  return {
    fileName: `synthetic-${number}.${markdown ? 'md' : 'txt'}`,
    content: `---\n${front.join('\n')}\n---\n${paragraphs.join('\n\n')}\n`,
    placeIds: [...writer.placeIds].sort(),
  };
}

/** Fills templates for one article: a cast of places (the main one, a few others, its country) and people. */
class ArticleWriter {
  /** Places of the text so far (the sentences passed to `use`). */
  readonly placeIds = new Set<string>();
  /** Places named by the last `fill`. */
  private filled: string[] = [];
  private readonly primary: NewsPlace;
  private readonly cast: NewsPlace[];
  private readonly people: string[];
  private readonly deck: string[] = [];

  constructor(private readonly pool: PlacePool, private readonly prng: Prng, private readonly topic: Topic) {
    this.primary = drawPlace(pool, prng);
    this.cast = [this.primary];
    const home = this.countryOf(this.primary);
    if (home && home !== this.primary) this.cast.push(home);
    const others = prng.between(2, 5);
    for (let i = 0; i < others; i++) {
      const place = drawPlace(pool, prng);
      if (!this.cast.includes(place)) this.cast.push(place);
    }
    this.people = Array.from({ length: 3 }, () => `${prng.pick(GIVEN_NAMES)} ${prng.pick(SURNAMES)}`);
  }

  /** Next sentence, from a shuffled deck of the topic's and the general templates (no repeats until it runs out). */
  sentence(): string {
    if (this.deck.length === 0) {
      this.deck.push(...TOPIC_SENTENCES[this.topic], ...GENERAL_SENTENCES);
      for (let i = this.deck.length - 1; i > 0; i--) {
        const j = this.prng.int(i + 1);
        [this.deck[i], this.deck[j]] = [this.deck[j], this.deck[i]];
      }
    }
    // "... in the U.S." ends with the abbreviation's period, not a second one.
    return capitaliseFirst(this.fill(this.deck.pop()!)).replace(/\.\.(?=$|["”\s])/g, '.');
  }

  /** Marks the last filled text as part of the article (a drawn sentence may be left out). */
  use(text: string): string {
    for (const id of this.filled) this.placeIds.add(id);
    this.filled = [];
    return text;
  }

  /** "KYIV, Ukraine" / "PARIS": the wire-style opening of the first paragraph. */
  dateline(): string {
    const city = this.primary.kind === 'city' ? this.primary : this.castOf(CITY) ?? this.primary;
    const country = this.countryOf(city);
    this.placeIds.add(city.id);
    const name = city.forms[0].replace(/^the /, '');
    if (!country || country === city) return name.toUpperCase();
    this.placeIds.add(country.id);
    return `${name.toUpperCase()}, ${country.forms[0].replace(/^the /, '')}`;
  }

  fill(template: string): string {
    this.filled = [];
    let previous: NewsPlace | undefined;
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'primary':
          return this.name((previous = this.primary));
        case 'place':
        case 'place2': {
          let place = this.castPlace();
          for (let i = 0; i < 4 && place === previous; i++) place = this.castPlace();
          return this.name((previous = place));
        }
        case 'country':
          return this.name(this.countryOf(this.primary) ?? this.castOf(COUNTRY) ?? drawPlaceOfKind(this.pool, this.prng, COUNTRY));
        case 'city':
          return this.name((previous = this.castOf(CITY) ?? drawPlaceOfKind(this.pool, this.prng, CITY)));
        case 'demonym':
          return this.demonym();
        case 'person':
          return this.prng.pick(this.people);
        case 'official':
          return `${this.prng.pick(TITLES)} ${this.prng.pick(this.people)}`;
        case 'surname':
          return this.prng.pick(this.people).split(' ')[1];
        case 'trap':
          // A person whose first or last name is a place ("Georgia Houston").
          return `${this.prng.pick(GIVEN_NAMES.slice(-16))} ${this.prng.pick(SURNAMES.slice(-14))}`;
        case 'org':
          return this.prng.pick(ORGANISATIONS);
        case 'outlet':
          return this.prng.pick(OUTLETS);
        case 'number':
        case 'number2':
          return String(this.prng.between(3, 400));
        case 'percent':
          return (this.prng.between(5, 190) / 10).toFixed(1);
        case 'amount':
          return `$${this.prng.between(2, 90)} ${this.prng.pick(['million', 'billion'])}`;
        case 'date':
          return `${this.prng.pick(MONTHS_BEFORE_DAY)} ${this.prng.between(1, 28)}`;
        case 'weekday':
          return this.prng.pick(WEEKDAYS);
        case 'month':
          return this.prng.pick(MONTHS);
        default:
          throw new Error(`unknown template slot {${slot}}`);
      }
    });
  }

  /** Mostly the cast (the main place most), sometimes a long-tail place from the whole pool. */
  private castPlace(): NewsPlace {
    const roll = this.prng.next();
    if (roll < 0.3) return this.primary;
    if (roll < 0.88) return this.prng.pick(this.cast);
    const place = drawPlace(this.pool, this.prng);
    if (!this.cast.includes(place) && this.cast.length < 12) this.cast.push(place);
    return place;
  }

  private castOf(kinds: ReadonlySet<PlaceKind>): NewsPlace | undefined {
    const matching = this.cast.filter((p) => kinds.has(p.kind));
    return matching.length > 0 ? this.prng.pick(matching) : undefined;
  }

  private countryOf(place: NewsPlace): NewsPlace | undefined {
    return place.countryCode === undefined ? undefined : this.pool.countryByCode.get(place.countryCode);
  }

  private demonym(): string {
    const countries = this.cast.map((p) => (p.kind === 'country' ? p : this.countryOf(p))).filter((c) => c?.demonym !== undefined);
    const country = countries.length > 0 ? this.prng.pick(countries)! : undefined;
    if (!country) return 'foreign';
    this.filled.push(country.id);
    return country.demonym!;
  }

  private name(place: NewsPlace): string {
    this.filled.push(place.id);
    return place.forms.length === 1 || this.prng.chance(0.6) ? place.forms[0] : this.prng.pick(place.forms);
  }
}

/** "the U.S. said ..." -> "The U.S. said ..."; a leading quotation mark is skipped. */
function capitaliseFirst(sentence: string): string {
  return sentence.replace(/^(["“]?)([a-z])/, (_, quote: string, letter: string) => quote + letter.toUpperCase());
}
