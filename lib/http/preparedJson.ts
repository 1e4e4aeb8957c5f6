// API answers serialised once and served as bytes. The corpus only changes with a rebuild, so each
// answer's JSON, its gzip and its ETag are computed on first use and reused for every request:
// no JSON.stringify, no per-request compression, and a 304 for a client that already has the bytes.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface PreparedJson {
  /** UTF-8 JSON. */
  identity: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  /** Strong ETag of the JSON (quoted). */
  etag: string;
}

/**
 * Browsers and CDNs may keep an answer but must ask again before using it (a 304 when unchanged):
 * the URLs stay the same across corpus rebuilds. Shared caches may serve it for 5 minutes.
 */
export const API_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, must-revalidate';

function bytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  // A copy into an exactly sized ArrayBuffer (Buffers may share a larger pool); done once per answer.
  return new Uint8Array(buffer);
}

export function prepareJson(value: unknown): PreparedJson {
  const identity = Buffer.from(JSON.stringify(value), 'utf8');
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { identity: bytes(identity), gzip: bytes(gzipSync(identity, { level: 9 })), etag };
}

/** Whether an Accept-Encoding header allows gzip (`gzip` or `*`, without `q=0`). */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.toLowerCase().split(';').map((piece) => piece.trim());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The response for a prepared answer: 304 when the client has it, gzip when the client takes it
 * (Next's own compression leaves a response that already has a Content-Encoding alone). With no
 * request (the static export writing the file), the plain JSON.
 */
export function preparedResponse(request: Request | null, prepared: PreparedJson): Response {
  const headers: Record<string, string> = {
    'Cache-Control': API_CACHE_CONTROL,
    ETag: prepared.etag,
    Vary: 'Accept-Encoding',
  };
  if (request && matchesEtag(request.headers.get('if-none-match'), prepared.etag)) return new Response(null, { status: 304, headers });
  const gzip = request !== null && acceptsGzip(request.headers.get('accept-encoding'));
  const body = gzip ? prepared.gzip : prepared.identity;
  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': 'application/json',
      'Content-Length': String(body.byteLength),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    },
  });
}

/**
 * A bounded memo of prepared answers by key (oldest first out), so a large corpus cannot fill memory.
 * Absent answers (404s) are not kept: any number of unknown ids must not evict the real answers.
 */
export class PreparedJsonCache {
  private readonly entries = new Map<string, PreparedJson>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, produce: () => unknown): PreparedJson | null {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = produce();
    if (value === null) return null;
    const prepared = prepareJson(value);
    this.entries.set(key, prepared);
    this.size += weight(prepared);
    for (const [oldKey, old] of this.entries) {
      if (this.size <= this.maxBytes || oldKey === key) break;
      this.entries.delete(oldKey);
      this.size -= weight(old);
    }
    return prepared;
  }
}

function weight(prepared: PreparedJson): number {
  return prepared.identity.byteLength + prepared.gzip.byteLength;
}
