// GET /api/articles/{id}/article.json: an article with its places as a file (same bytes as /api/articles/{id}).
import { articleAnswer } from '@/lib/corpus/answers';
import { getManifest } from '@/lib/corpus/store';
import { apiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';

export function generateStaticParams() {
  return getManifest().articles.map((article) => ({ id: article.id }));
}

export async function GET(request: Request, ctx: RouteContext<'/api/articles/[id]/article.json'>) {
  const { id } = await ctx.params;
  return apiAnswer(request, `article ${id}`, () => articleAnswer(id), `No article with id "${id}".`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
