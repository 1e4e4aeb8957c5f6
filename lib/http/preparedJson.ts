// API answers serialised once and served as bytes. The corpus only changes with a rebuild, so each
// answer's JSON and its ETag are computed on first use and reused for every request: no JSON.stringify
// per request, and a 304 with no body for a client that already has the bytes.
// Not precompressed: Next drops the Content-Encoding (and Content-Length) of a route handler's response
// (FORBIDDEN_HEADERS in next/dist/server/send-response.js) and compresses the body itself.
import { createHash } from 'node:crypto';

export interface PreparedJson {
  /** UTF-8 JSON. */
  identity: Uint8Array<ArrayBuffer>;
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
  return { identity: bytes(identity), etag };
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The response for a prepared answer: 304 when the client already has these bytes. With no request
 * (the static export writing the file), always the JSON.
 */
export function preparedResponse(request: Request | null, prepared: PreparedJson): Response {
  const headers: Record<string, string> = { 'Cache-Control': API_CACHE_CONTROL, ETag: prepared.etag };
  if (request && matchesEtag(request.headers.get('if-none-match'), prepared.etag)) return new Response(null, { status: 304, headers });
  return new Response(prepared.identity, { status: 200, headers: { ...headers, 'Content-Type': 'application/json' } });
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
  return prepared.identity.byteLength;
}
