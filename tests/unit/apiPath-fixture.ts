// One well-formed path of each self-guarded API route (lib/http/precompressedApi.mjs): the proxy skips
// them, the gzip header rule labels them. Shared by the request-guard and precompressed-answer tests.
export const SELF_GUARDED_SAMPLE_PATHS: readonly string[] = [
  '/api/places',
  '/api/places.json',
  '/api/articles',
  '/api/articles.json',
  '/api/places/kursk-oblast',
  '/api/places/kursk-oblast/pages/2.json',
  '/api/places/kursk-oblast/articles/000-abc/pages/1.json',
  '/api/articles/000-abc',
  '/api/articles/000-abc/article.json',
];
