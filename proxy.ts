// Runs before routing on the API and id pages: turns requests that Next would answer badly (bare 500,
// empty 405, HTML 404 under /api, a fresh on-disk cache entry per unknown id) into clean 4xx answers.
// The decisions are made by the pure lib/security/requestGuard.ts; this file only wires them to Next.
import { NextResponse, type NextRequest } from 'next/server';
import { getManifest, getPlace } from './lib/corpus/store';
import { jsonError } from './lib/http/json';
import { guardRequest, type IdKind } from './lib/security/requestGuard';

function isKnownId(kind: IdKind, id: string): boolean | null {
  try {
    return kind === 'place' ? getPlace(id) !== null : getManifest().articles.some((article) => article.id === id);
  } catch {
    // No readable corpus: let the page answer with its own error.
    return null;
  }
}

export function proxy(request: NextRequest): Response {
  const decision = guardRequest(request.method, request.nextUrl.pathname, isKnownId);
  switch (decision.action) {
    case 'continue':
      return NextResponse.next();
    case 'json-error':
      return jsonError(decision.status, decision.error, decision.allow ? { Allow: decision.allow } : {});
    case 'options':
      return new Response(null, { status: 204, headers: { Allow: decision.allow } });
    case 'method-not-allowed':
      return new Response('Method Not Allowed', {
        status: 405,
        headers: { Allow: decision.allow, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    case 'not-found-page':
      return NextResponse.rewrite(new URL(decision.rewriteTo, request.url));
  }
}

// Literal values: Next reads the matcher statically at build time. Every guarded prefix (GUARDED_PREFIXES
// in requestGuard.ts), except the well-formed API paths whose route handlers answer every method
// themselves (SELF_GUARDED_API_PATHS): running the proxy costs about 0.3 ms of CPU per request, as much
// as the answer itself, on the paths the dashboard and API clients hit most. A unit test checks that
// this lookahead is exactly SELF_GUARDED_API_PATHS.
export const config = {
  matcher: [
    '/api',
    '/api/:path((?!(?:places|articles)(?:\\.json)?$|places/[a-z0-9_-]+(?:/pages/[0-9]+\\.json|/articles/[a-z0-9_-]+/pages/[0-9]+\\.json)?$|articles/[a-z0-9_-]+(?:/article\\.json)?$).*)',
    '/places/:path*',
    '/articles/:path*',
    '/embed/:path*',
  ],
};
