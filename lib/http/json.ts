// JSON responses of the API: every failure is a JSON `{ error }` with a fitting status, never a stack trace.
import { gzipBytes, wantsGzip } from './preparedJson';

/**
 * A JSON `{ error }` response; `headers` adds to (or overrides) the defaults, e.g. `Allow` on a 405.
 * Given the request, the body is gzip when the request's path and Accept-Encoding get the gzip label
 * (the route handlers of the precompressed API paths must always pass it).
 */
export function jsonError(status: number, error: string, headers: Record<string, string> = {}, request?: Request): Response {
  const body = new TextEncoder().encode(JSON.stringify({ error }));
  const gzip = request !== undefined && wantsGzip(request);
  return new Response(gzip ? gzipBytes(body) : body, {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...(gzip ? { Vary: 'Accept-Encoding' } : {}), ...headers },
  });
}
