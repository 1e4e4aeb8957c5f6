// Everything written to data/generated/ (except the gazetteer), computed from the analysed articles (pure).
// Each output file is computed on its own, so that a run computes only the files whose inputs changed.
import type { GazetteerRecord, GazetteerShapes, ShapeLevelsOf } from '../gazetteer/types';
import type {
  ArticleDocument, ArticleMeta, BBox, CorpusManifest, Excerpt, PlaceFeature, PlaceGeometry, PlaceKind, PlaceProperties,
  PlacesCollection, SkippedFile,
} from '../types';
import type { AnalysedText } from './analyseArticle';
import type { ArticleFields } from './articleCache';
import { allocateDetail, type DetailCandidate } from './detailBudget';

/** An article as the outputs see it: what every run needs (metadata, counts) at hand, the text and the
 *  analysis (needed only for the files that are rewritten) on demand. */
export interface IngestedArticle {
  id: string;
  fileName: string;
  fields: ArticleFields;
  textLength: number;
  /** Places by mentions, most mentioned first, then by id: [placeId, count]. */
  placeCounts: ReadonlyArray<readonly [string, number]>;
  text(): string;
  analysis(): AnalysedText;
}

export interface GazetteerLookup {
  records: ReadonlyMap<string, GazetteerRecord>;
  shapes: GazetteerShapes;
  /** Coarser levels and neighbours; without them every shape has its one level. */
  shapeLevels?: ShapeLevelsOf;
}

/** What a place's feature takes from the gazetteer (everything but the corpus counts), rounded. */
export interface PlaceStatic {
  name: string;
  kind: PlaceKind;
  countryCode?: string;
  lon: number;
  lat: number;
  bbox: BBox;
  /** The feature's geometry as JSON at each level of detail, finest first (a point has one): shapes are
   *  most of places.geojson, and are serialised once. */
  geometryJson: string[];
  /** Ids of the shapes it borders (see detailBudget.ts); absent when none. */
  neighbours?: string[];
}

export interface PlaceUsage {
  mentionCount: number;
  /** Indices (corpus order) of the articles that mention the place. */
  articles: number[];
}

export interface CorpusSummary {
  /** Per article, in corpus order. */
  metas: ArticleMeta[];
  /** Place id -> usage; ids sorted by UTF-16 code units. */
  places: Map<string, PlaceUsage>;
}

/** Coordinates are rounded to 6 decimals (~0.1 m) so output bytes do not depend on float noise. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6 + 0;
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Counts per article and per place. `articles` must be in corpus order. */
export function summariseCorpus(articles: readonly IngestedArticle[]): CorpusSummary {
  const metas: ArticleMeta[] = [];
  const usage = new Map<string, PlaceUsage>();
  articles.forEach((article, index) => {
    let mentionCount = 0;
    for (const [placeId, count] of article.placeCounts) {
      const entry = usage.get(placeId) ?? { mentionCount: 0, articles: [] };
      entry.mentionCount += count;
      entry.articles.push(index);
      usage.set(placeId, entry);
      mentionCount += count;
    }
    metas.push(articleMeta(article, article.placeCounts.map(([placeId]) => placeId), mentionCount));
  });
  const places = new Map([...usage.keys()].sort(byCodeUnit).map((id) => [id, usage.get(id)!]));
  return { metas, places };
}

export function articleDocument(article: IngestedArticle, meta: ArticleMeta): ArticleDocument {
  const analysis = article.analysis();
  return {
    ...meta,
    text: article.text(),
    sentences: analysis.sentences.map(({ start, end }) => ({ start, end })),
    mentions: analysis.mentions.map(({ start, end, placeId }) => ({ start, end, placeId })),
  };
}

/** One article's excerpts of a place, in position order, one per sentence with every mention of the
 *  place in it highlighted. An excerpts file holds these for every article that names the place, in
 *  corpus order (excerptsFile.ts). */
export function articleExcerpts(placeId: string, article: IngestedArticle): Excerpt[] {
  const analysis = article.analysis();
  const text = article.text();
  const excerpts: Excerpt[] = [];
  let excerpt: Excerpt | undefined;
  analysis.mentions.forEach((m, i) => {
    if (m.placeId !== placeId) return;
    const sentenceIndex = analysis.sentenceOfMention[i];
    const sentence = analysis.sentences[sentenceIndex];
    if (!excerpt || excerpt.sentenceIndex !== sentenceIndex) {
      excerpt = { articleId: article.id, articleTitle: article.fields.title, text: text.slice(sentence.start, sentence.end), highlights: [], sentenceIndex };
      excerpts.push(excerpt);
    }
    excerpt.highlights.push({ start: m.start - sentence.start, end: m.end - sentence.start });
  });
  return excerpts;
}

export function placeStatic(record: GazetteerRecord, shapes: GazetteerShapes, shapeLevels?: ShapeLevelsOf): PlaceStatic {
  const shape = record.kind === 'city' ? undefined : shapes[record.id];
  const levels = shape && shapeLevels?.(record.id);
  const geometries: PlaceGeometry[] = shape
    ? [shape, ...(levels ? levels.coarser : [])].map((level) => ({ type: level.type, coordinates: roundDeep(level.coordinates) }) as PlaceGeometry)
    : [{ type: 'Point', coordinates: [round(record.lon), round(record.lat)] }];
  return {
    name: record.name,
    kind: record.kind,
    ...(record.countryCode !== undefined && { countryCode: record.countryCode }),
    lon: round(record.lon),
    lat: round(record.lat),
    bbox: fittingBbox(record.viewBbox ?? record.bbox).map(round) as BBox,
    geometryJson: geometries.map((geometry) => JSON.stringify(geometry)),
    ...(levels && levels.neighbours.length > 0 && { neighbours: levels.neighbours }),
  };
}

/** places.geojson: JSON.stringify of a PlacesCollection (features sorted by id), spliced together from
 *  each feature's properties and its serialised geometry at the level of detail the budget gives it. */
export function placesGeoJson(summary: CorpusSummary, statics: ReadonlyMap<string, PlaceStatic>): string {
  const levels = detailLevels(summary, statics);
  const features = [...summary.places].map(([id, usage]) => {
    const place = statics.get(id)!;
    const properties = JSON.stringify(placeProperties(id, place, usage, summary.metas));
    const head: Omit<PlaceFeature, 'properties' | 'geometry'> = { type: 'Feature', id };
    return `${JSON.stringify(head).slice(0, -1)},"properties":${properties},"geometry":${place.geometryJson[levels.get(id) ?? 0]}}`;
  });
  const head: Omit<PlacesCollection, 'features'> = { type: 'FeatureCollection' };
  return `${JSON.stringify(head).slice(0, -1)},"features":[${features.join(',')}]}\n`;
}

/** The level of detail of every shape of the corpus (detailBudget.ts); cities have none (points). */
export function detailLevels(summary: CorpusSummary, statics: ReadonlyMap<string, PlaceStatic>): Map<string, number> {
  const candidates: DetailCandidate[] = [];
  for (const [id, usage] of summary.places) {
    const place = statics.get(id)!;
    if (place.kind === 'city') continue;
    candidates.push({ id, mentionCount: usage.mentionCount, sizes: place.geometryJson.map((json) => json.length), neighbours: place.neighbours ?? [] });
  }
  return allocateDetail(candidates);
}

function placeProperties(id: string, place: PlaceStatic, usage: PlaceUsage, metas: readonly ArticleMeta[]): PlaceProperties {
  return {
    id,
    name: place.name,
    kind: place.kind,
    mentionCount: usage.mentionCount,
    articleIds: usage.articles.map((i) => metas[i].id),
    ...(place.countryCode !== undefined && { countryCode: place.countryCode }),
    lon: place.lon,
    lat: place.lat,
    bbox: place.bbox,
  };
}

export function corpusManifest(summary: CorpusSummary, skipped: readonly SkippedFile[]): CorpusManifest {
  return {
    articleCount: summary.metas.length,
    placeCount: summary.places.size,
    mentionCount: summary.metas.reduce((n, a) => n + a.mentionCount, 0),
    skipped: skipped.map(({ fileName, reason }) => ({ fileName, reason })),
    articles: summary.metas,
  };
}

function articleMeta(article: IngestedArticle, placeIds: string[], mentionCount: number): ArticleMeta {
  const { fields } = article;
  return {
    id: article.id,
    title: fields.title,
    ...(fields.source !== undefined && { source: fields.source }),
    ...(fields.url !== undefined && { url: fields.url }),
    ...(fields.publishedAt !== undefined && { publishedAt: fields.publishedAt }),
    fileName: article.fileName,
    placeIds,
    mentionCount,
    length: article.textLength,
  };
}

/**
 * The box the map fits to: the main body of the shape (France without French Guiana), moved into the
 * primary world copy when a shape unwrapped across the antimeridian lies wholly east of 180 degrees.
 */
export function fittingBbox(bbox: BBox): BBox {
  const [west, south, east, north] = bbox;
  return west >= 180 ? [west - 360, south, east - 360, north] : [west, south, east, north];
}

function roundDeep<T>(value: T): T {
  if (typeof value === 'number') return round(value) as T;
  if (Array.isArray(value)) return value.map(roundDeep) as T;
  return value;
}
