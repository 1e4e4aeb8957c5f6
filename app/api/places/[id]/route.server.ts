// GET /api/places/{id}?page=&pageSize=&article= (next start only: a query string cannot select a file;
// the static export has /api/places/{id}/pages/{n}.json). Skipped by the proxy for well-formed ids.
import type { NextRequest } from 'next/server';
import { placeExcerptsAnswer, placePageKey } from '@/lib/corpus/answers';
import { keyedApiAnswer, readOnlyApiMethods } from '@/lib/http/apiAnswer';
import { jsonError } from '@/lib/http/json';
import { articleFilterFrom, isValidId } from '@/lib/url/routes';

// Typed by hand: the static build, which leaves these files out, has no generated route types for them.
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!isValidId(id)) return jsonError(400, 'A place id is a short lower-case slug (letters, digits, dashes, underscores).', {}, request);
  const query = request.nextUrl.searchParams;
  const page = Number(query.get('page') ?? '1');
  const pageSize = Number(query.get('pageSize') ?? NaN);
  const articleId = articleFilterFrom(query.get('article'));
  return keyedApiAnswer(
    request,
    () => {
      const answer = placeExcerptsAnswer(id, {
        articleId,
        page: Number.isFinite(page) ? page : 1,
        pageSize: Number.isFinite(pageSize) ? pageSize : undefined,
      });
      // Keyed by the resolved page, so that any out-of-range page number shares the last page's bytes.
      return answer && { key: placePageKey(id, articleId, answer.page, answer.pageSize), produce: () => answer };
    },
    `No place with id "${id}".`,
  );
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethods;
