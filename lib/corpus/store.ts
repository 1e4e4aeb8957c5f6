// Reads the generated corpus (data/generated/, written by `npm run ingest`) on the server.
// Files are read once and kept in memory: the corpus only changes with a rebuild.
import fs from 'node:fs';
import path from 'node:path';
import { isValidId } from '../url/routes';
import type { ArticleDocument, ArticleMeta, CorpusManifest, PlaceExcerpts, PlaceProperties, PlacesCollection } from '../types';

export class CorpusMissingError extends Error {
  constructor(dir: string) {
    super(`No generated corpus in ${dir}: run \`npm run ingest\` (it runs before build and start).`);
    this.name = 'CorpusMissingError';
  }
}

export function generatedDir(): string {
  return process.env.GENERATED_DIR ?? path.join(process.cwd(), 'data', 'generated');
}

function readJson<T>(file: string): T | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return JSON.parse(raw) as T;
}

const cache = new Map<string, unknown>();
const MAX_CACHED_FILES = 2000;

function cachedJson<T>(relative: string): T | null {
  if (cache.has(relative)) return cache.get(relative) as T | null;
  // The corpus directory is shipped explicitly (outputFileTracingIncludes), so tracing need not follow this.
  const value = readJson<T>(path.join(/*turbopackIgnore: true*/ generatedDir(), relative));
  if (cache.size >= MAX_CACHED_FILES) cache.delete(cache.keys().next().value as string);
  cache.set(relative, value);
  return value;
}

export function getManifest(): CorpusManifest {
  const manifest = cachedJson<CorpusManifest>('manifest.json');
  if (!manifest) throw new CorpusMissingError(generatedDir());
  return manifest;
}

export function getPlaces(): PlacesCollection {
  const places = cachedJson<PlacesCollection>('places.geojson');
  if (!places) throw new CorpusMissingError(generatedDir());
  return places;
}

let placeIndex: Map<string, PlaceProperties> | null = null;

export function getPlace(id: string): PlaceProperties | null {
  if (!isValidId(id)) return null;
  placeIndex ??= new Map(getPlaces().features.map((f) => [f.properties.id, f.properties]));
  return placeIndex.get(id) ?? null;
}

/** Ids are validated before they become file names, so no request can reach outside the corpus. */
export function getPlaceExcerpts(id: string): PlaceExcerpts | null {
  if (!getPlace(id)) return null;
  return cachedJson<PlaceExcerpts>(path.join('excerpts', `${id}.json`)) ?? { placeId: id, excerpts: [] };
}

let articleIndex: { manifest: CorpusManifest; byId: Map<string, ArticleMeta> } | null = null;

/** An article's summary from the manifest (a map, not a scan: pages and answers look up thousands). */
export function getArticleMeta(id: string): ArticleMeta | null {
  const manifest = getManifest();
  if (articleIndex?.manifest !== manifest) articleIndex = { manifest, byId: new Map(manifest.articles.map((a) => [a.id, a])) };
  return articleIndex.byId.get(id) ?? null;
}

export function getArticle(id: string): ArticleDocument | null {
  if (!isValidId(id) || !getArticleMeta(id)) return null;
  return cachedJson<ArticleDocument>(path.join('articles', `${id}.json`));
}
