import type { NextRequest } from 'next/server';
import { pageOfExcerpts } from '@/lib/corpus/queries';
import { getPlace, getPlaceExcerpts } from '@/lib/corpus/store';
import { jsonError, jsonWithErrors } from '@/lib/http/json';
import { articleFilterFrom, isValidId } from '@/lib/url/routes';

export async function GET(request: NextRequest, ctx: RouteContext<'/api/places/[id]'>) {
  const { id } = await ctx.params;
  if (!isValidId(id)) return jsonError(400, 'A place id is a short lower-case slug (letters, digits, dashes, underscores).');
  const query = request.nextUrl.searchParams;
  const page = Number(query.get('page') ?? '1');
  const pageSize = Number(query.get('pageSize') ?? NaN);
  return jsonWithErrors(() => {
    const place = getPlace(id);
    const all = getPlaceExcerpts(id);
    if (!place || !all) return null;
    const result = pageOfExcerpts(all.excerpts, {
      articleId: articleFilterFrom(query.get('article')),
      page: Number.isFinite(page) ? page : 1,
      pageSize: Number.isFinite(pageSize) ? pageSize : undefined,
    });
    return { place, ...result };
  }, `No place with id "${id}".`);
}
