// What every API route handler does: answer a corpus value from the prepared-bytes memo, a JSON 404
// when there is none, a clear 503/500 when the corpus cannot be read; and JSON 405s for writes. Every
// answer with a body gets the request, so that it is gzip where the header rule labels it so.
import { CorpusMissingError } from '../corpus/store';
import { API_METHODS, methodNotAllowedError } from '../security/requestGuard';
import { jsonError } from './json';
import { PreparedJsonCache, preparedResponse } from './preparedJson';
import { isStaticExportBuild } from './staticExport';

/** Room for the prepared answers of a large corpus; the oldest go first beyond it. */
const MAX_PREPARED_BYTES = 256 * 1024 * 1024;
const prepared = new PreparedJsonCache(MAX_PREPARED_BYTES);

/**
 * The answer stored under `key` (computed by `produce` on first use). `key` must name the answer
 * exactly (path form and query), since the same bytes are served for it until the server restarts.
 */
export function apiAnswer(request: Request, key: string, produce: () => unknown, notFoundMessage = 'Not found'): Response {
  return keyedApiAnswer(request, () => ({ key, produce }), notFoundMessage);
}

/**
 * Like apiAnswer, for answers whose key is known only once the query is resolved (e.g. a page number
 * clamped to the last page): `resolve` gives the key and the value, or null for a 404.
 */
export function keyedApiAnswer(
  request: Request,
  resolve: () => { key: string; produce: () => unknown } | null,
  notFoundMessage = 'Not found',
): Response {
  // The export renders each file once with no client: reading the request's headers would stop it.
  const client = isStaticExportBuild() ? undefined : request;
  try {
    const resolved = resolve();
    const answer = resolved && prepared.get(resolved.key, resolved.produce);
    if (!answer) return jsonError(404, notFoundMessage, {}, client);
    return preparedResponse(client ?? null, answer);
  } catch (error) {
    if (error instanceof CorpusMissingError) return jsonError(503, error.message, {}, client);
    console.error(error);
    return jsonError(500, 'The server could not read the corpus.', {}, client);
  }
}

const ALLOW = API_METHODS.join(', ');

function notAllowed(request: Request): Response {
  return jsonError(405, methodNotAllowedError(request.method), { Allow: ALLOW }, request);
}

/**
 * Handlers for every method but GET and HEAD, for API routes that the proxy does not run on (the hot
 * paths): the same answers as the request guard gives (204 with Allow; JSON 405 with Allow).
 * Methods Next does not route at all (e.g. TRACE, PROPFIND) get Next's empty 400 there.
 */
export const readOnlyApiMethods = {
  OPTIONS: () => new Response(null, { status: 204, headers: { Allow: ALLOW } }),
  POST: notAllowed,
  PUT: notAllowed,
  PATCH: notAllowed,
  DELETE: notAllowed,
};

/**
 * The write-method handlers for a route that is also prerendered in the static export: none there
 * (an export renders GET only; any other exported method stops the build), all of them on `next start`.
 */
export function readOnlyApiMethodsUnlessExported(): Partial<typeof readOnlyApiMethods> {
  return isStaticExportBuild() ? {} : readOnlyApiMethods;
}

