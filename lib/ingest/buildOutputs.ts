// Everything written to data/generated/ (except the gazetteer), computed from the analysed articles (pure).
import type { GazetteerRecord, GazetteerShapes } from '../gazetteer/types';
import type {
  ArticleDocument, ArticleMeta, BBox, CorpusManifest, Excerpt, PlaceExcerpts, PlaceFeature, PlaceGeometry,
  PlacesCollection, SkippedFile,
} from '../types';
import type { AnalysedText } from './analyseArticle';
import type { PreparedArticle } from './prepareArticle';

export interface AnalysedArticle {
  article: PreparedArticle;
  analysis: AnalysedText;
}

export interface GazetteerLookup {
  records: ReadonlyMap<string, GazetteerRecord>;
  shapes: GazetteerShapes;
}

export interface IngestOutputs {
  places: PlacesCollection;
  excerpts: PlaceExcerpts[];
  articles: ArticleDocument[];
  manifest: CorpusManifest;
}

/** Coordinates are rounded to 6 decimals (~0.1 m) so output bytes do not depend on float noise. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6 + 0;
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `analysed` must be in corpus order. Places the gazetteer does not know (should not happen) are dropped. */
export function buildOutputs(analysed: readonly AnalysedArticle[], gazetteer: GazetteerLookup, skipped: readonly SkippedFile[]): IngestOutputs {
  const articles: ArticleDocument[] = [];
  const placeMentions = new Map<string, { count: number; articleIds: string[] }>();
  const excerptsByPlace = new Map<string, Excerpt[]>();

  for (const { article, analysis } of analysed) {
    const counts = new Map<string, number>();
    const mentions: ArticleDocument['mentions'] = [];
    analysis.mentions.forEach((m, i) => {
      if (!gazetteer.records.has(m.placeId)) return;
      mentions.push({ start: m.start, end: m.end, placeId: m.placeId });
      counts.set(m.placeId, (counts.get(m.placeId) ?? 0) + 1);
      addHighlight(excerptsByPlace, m.placeId, article, analysis, i);
    });
    for (const [placeId, count] of counts) {
      const entry = placeMentions.get(placeId) ?? { count: 0, articleIds: [] };
      entry.count += count;
      entry.articleIds.push(article.id);
      placeMentions.set(placeId, entry);
    }
    const placeIds = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byCodeUnit(a, b));
    articles.push({
      ...articleMeta(article, placeIds, mentions.length),
      text: article.text,
      sentences: analysis.sentences.map(({ start, end }) => ({ start, end })),
      mentions,
    });
  }

  const placeIds = [...placeMentions.keys()].sort(byCodeUnit);
  const features = placeIds.map((id) => placeFeature(gazetteer, id, placeMentions.get(id)!));
  const excerpts = placeIds.map((placeId) => ({ placeId, excerpts: excerptsByPlace.get(placeId) ?? [] }));
  const manifest: CorpusManifest = {
    articleCount: articles.length,
    placeCount: features.length,
    mentionCount: articles.reduce((n, a) => n + a.mentionCount, 0),
    skipped: skipped.map(({ fileName, reason }) => ({ fileName, reason })),
    articles: articles.map((doc) => articleMeta(doc, doc.placeIds, doc.mentionCount)),
  };
  return { places: { type: 'FeatureCollection', features }, excerpts, articles, manifest };
}

function articleMeta(article: PreparedArticle | ArticleMeta, placeIds: string[], mentionCount: number): ArticleMeta {
  const meta: ArticleMeta = {
    id: article.id,
    title: article.title,
    ...(article.source !== undefined && { source: article.source }),
    ...(article.url !== undefined && { url: article.url }),
    ...(article.publishedAt !== undefined && { publishedAt: article.publishedAt }),
    fileName: article.fileName,
    placeIds,
    mentionCount,
    length: 'text' in article ? article.text.length : article.length,
  };
  return meta;
}

/** Mentions arrive in text order, so excerpts come out in corpus order then position, one per sentence. */
function addHighlight(byPlace: Map<string, Excerpt[]>, placeId: string, article: PreparedArticle, analysis: AnalysedText, i: number): void {
  const m = analysis.mentions[i];
  const sentenceIndex = analysis.sentenceOfMention[i];
  const sentence = analysis.sentences[sentenceIndex];
  const list = byPlace.get(placeId) ?? [];
  byPlace.set(placeId, list);
  let excerpt = list[list.length - 1];
  if (!excerpt || excerpt.articleId !== article.id || excerpt.sentenceIndex !== sentenceIndex) {
    excerpt = {
      articleId: article.id,
      articleTitle: article.title,
      text: article.text.slice(sentence.start, sentence.end),
      highlights: [],
      sentenceIndex,
    };
    list.push(excerpt);
  }
  excerpt.highlights.push({ start: m.start - sentence.start, end: m.end - sentence.start });
}

function placeFeature(gazetteer: GazetteerLookup, id: string, usage: { count: number; articleIds: string[] }): PlaceFeature {
  const record = gazetteer.records.get(id)!;
  const shape = record.kind === 'city' ? undefined : gazetteer.shapes[id];
  const geometry: PlaceGeometry = shape
    ? { type: shape.type, coordinates: roundDeep(shape.coordinates) } as PlaceGeometry
    : { type: 'Point', coordinates: [round(record.lon), round(record.lat)] };
  const bbox = fittingBbox(record.viewBbox ?? record.bbox).map(round) as BBox;
  const properties: PlaceFeature['properties'] = {
    id,
    name: record.name,
    kind: record.kind,
    mentionCount: usage.count,
    articleIds: usage.articleIds,
    ...(record.countryCode !== undefined && { countryCode: record.countryCode }),
    lon: round(record.lon),
    lat: round(record.lat),
    bbox,
  };
  return { type: 'Feature', id, properties, geometry };
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
