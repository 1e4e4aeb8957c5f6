// API answers serialised once and served as bytes. The corpus only changes with a rebuild, so each
// answer's JSON, its gzip and their ETags are computed on first use and reused for every request: no
// JSON.stringify or compression per request, and a 304 with no body for a client that has the bytes.
// Which coding a request gets is decided with the header rule that labels it (precompressedApi.mjs).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { answersGzip } from './precompressedApi.mjs';

export interface PreparedJson {
  /** UTF-8 JSON. */
  identity: Uint8Array<ArrayBuffer>;
  /** Strong ETag of the JSON (quoted). */
  etag: string;
  /** The JSON gzipped, made on first use (the static export never asks). */
  gzip: () => Uint8Array<ArrayBuffer>;
  /** Strong ETag of the gzip bytes: another representation, so another validator (RFC 9110 8.8.3). */
  gzipEtag: string;
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
  const identity = bytes(Buffer.from(JSON.stringify(value), 'utf8'));
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  let gzip: Uint8Array<ArrayBuffer> | null = null;
  return { identity, etag: `"${hash}"`, gzip: () => (gzip ??= gzipBytes(identity)), gzipEtag: `"${hash}-gzip"` };
}

/** gzip at the highest level: made once per answer, sent many times. */
export function gzipBytes(identity: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes(gzipSync(identity, { level: 9 }));
}

/** Whether this request's answer must be gzip bytes: the header rule labels it so (precompressedApi.mjs). */
export function wantsGzip(request: Request): boolean {
  return answersGzip(new URL(request.url).pathname, request.headers.get('accept-encoding'));
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The response for a prepared answer: 304 when the client already has these bytes; gzip bytes when the
 * request accepts them on a precompressed path. With no request (the static export writing the file),
 * always the JSON.
 */
export function preparedResponse(request: Request | null, prepared: PreparedJson): Response {
  const gzip = request !== null && wantsGzip(request);
  const etag = gzip ? prepared.gzipEtag : prepared.etag;
  const headers: Record<string, string> = { 'Cache-Control': API_CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (request && matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(gzip ? prepared.gzip() : prepared.identity, { status: 200, headers: { ...headers, 'Content-Type': 'application/json' } });
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

/** The JSON's size, plus room for its gzip (made later, on first use; about a sixth of the JSON). */
function weight(prepared: PreparedJson): number {
  return Math.ceil(prepared.identity.byteLength * 1.2);
}
