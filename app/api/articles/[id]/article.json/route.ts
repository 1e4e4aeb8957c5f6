// GET /api/articles/{id}/article.json: an article with its places as a file (same bytes as /api/articles/{id}).
import { articleAnswer } from '@/lib/corpus/answers';
import { getManifest } from '@/lib/corpus/store';
import { apiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';
import { isStaticExportBuild } from '@/lib/http/staticExport';

// Only the export lists every article (it writes each as a file). On `next start` the route answers per
// request (it has write-method handlers): with no list the build leaves it dynamic and visits nothing.
// (An empty list would not do: the build would then take the route for a static one, cached on demand.)
export const generateStaticParams = isStaticExportBuild()
  ? () => getManifest().articles.map((article) => ({ id: article.id }))
  : undefined;

export async function GET(request: Request, ctx: RouteContext<'/api/articles/[id]/article.json'>) {
  const { id } = await ctx.params;
  return apiAnswer(request, `article ${id}`, () => articleAnswer(id), `No article with id "${id}".`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
