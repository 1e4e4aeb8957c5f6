// The data contract between the ingest pipeline (scripts/, lib/ingest, lib/geoparse, lib/gazetteer)
// and the app (app/, components/). Everything under data/generated/ is shaped by these types.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';

export type PlaceKind = 'country' | 'region' | 'city' | 'area';

export type BBox = [west: number, south: number, east: number, north: number];

/** One entry of the gazetteer: a place the geoparser can resolve a name to. */
export interface GazetteerPlace {
  /** Stable URL slug, unique across the whole gazetteer ("russia", "kursk-oblast", "washington-dc"). */
  id: string;
  /** Display name ("Kursk Oblast", "Washington, D.C."). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the place's country (its own code for a country); absent for multi-country areas. */
  countryCode?: string;
  /** Representative point used for labels, pins and distance scoring. */
  lon: number;
  lat: number;
  population?: number;
  /** GeoNames id where the source has one. */
  geonameId?: number;
}

/** A place mention found in a text. Offsets are JavaScript string (UTF-16) indices; text.slice(start, end) === text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  placeId: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** Properties of every feature of data/generated/places.geojson and of GET /api/places. */
export interface PlaceProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  /** Number of mentions across the corpus. */
  mentionCount: number;
  /** Ids of the articles that mention the place, in corpus order. */
  articleIds: string[];
  countryCode?: string;
  /** Label / pin point. */
  lon: number;
  lat: number;
  /** Bounding box of the geometry, for fitting the map; may have east > 180 for shapes across the antimeridian. */
  bbox: BBox;
}

export type PlaceGeometry = Point | Polygon | MultiPolygon;
export type PlaceFeature = Feature<PlaceGeometry, PlaceProperties> & { id: string };
export type PlacesCollection = FeatureCollection<PlaceGeometry, PlaceProperties> & { features: PlaceFeature[] };

export interface Excerpt {
  articleId: string;
  articleTitle: string;
  /** The sentence that holds the mention(s). */
  text: string;
  /** Offsets into `text` of each mention of the place in this sentence. */
  highlights: TextSpan[];
  /** Index of the sentence in the article (anchor `#s-{sentenceIndex}` of the article view). */
  sentenceIndex: number;
}

/** data/generated/excerpts/{placeId}.json */
export interface PlaceExcerpts {
  placeId: string;
  /** Ordered by article (corpus order), then position in the article. One excerpt per sentence. */
  excerpts: Excerpt[];
}

export interface ArticleMeta {
  /** Stable URL slug. */
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  /** File name under data/articles/. */
  fileName: string;
  /** Distinct places mentioned, most mentioned first, then by id. */
  placeIds: string[];
  mentionCount: number;
  /** Number of characters of the body. */
  length: number;
}

/** data/generated/articles/{id}.json */
export interface ArticleDocument extends ArticleMeta {
  /** The article body (front matter and the title line removed). */
  text: string;
  /** Sentences of `text`, in order. */
  sentences: TextSpan[];
  /** Every place mention in `text`, in order. */
  mentions: Array<TextSpan & { placeId: string }>;
}

export interface SkippedFile {
  fileName: string;
  reason: string;
}

/** data/generated/manifest.json */
export interface CorpusManifest {
  articleCount: number;
  placeCount: number;
  mentionCount: number;
  skipped: SkippedFile[];
  /** Articles in corpus order (summary only, no text). */
  articles: ArticleMeta[];
}

export type { Geometry };
