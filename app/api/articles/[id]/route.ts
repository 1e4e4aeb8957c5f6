import { getArticle, getPlace } from '@/lib/corpus/store';
import { jsonError, jsonWithErrors } from '@/lib/http/json';
import { isValidId } from '@/lib/url/routes';

export async function GET(_request: Request, ctx: RouteContext<'/api/articles/[id]'>) {
  const { id } = await ctx.params;
  if (!isValidId(id)) return jsonError(400, 'An article id is a short lower-case slug (letters, digits, dashes, underscores).');
  return jsonWithErrors(() => {
    const article = getArticle(id);
    if (!article) return null;
    const places = article.placeIds.map((placeId) => getPlace(placeId)).filter((p) => p !== null);
    return { article, places };
  }, `No article with id "${id}".`);
}
