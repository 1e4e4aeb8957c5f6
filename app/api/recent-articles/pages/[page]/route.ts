// GET /api/recent-articles/pages/{n}.json: one page of the article list, most recent first (the overview's
// "More articles"). A file in the static export; on `next start` answered on demand from memory.
import { recentArticlePageNumbers, recentArticlesPage } from '@/lib/corpus/pages';
import { keyedApiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';
import { isStaticExportBuild } from '@/lib/http/staticExport';
import { pageFileName, pageFromFileName } from '@/lib/url/apiPaths';

// Only the export lists every page (it writes each as a file). On `next start` the route answers per
// request (it has write-method handlers): with no list the build leaves it dynamic and visits nothing.
// (An empty list would not do: the build would then take the route for a static one, cached on demand.)
export const generateStaticParams = isStaticExportBuild()
  ? () => recentArticlePageNumbers().map((page) => ({ page: pageFileName(page) }))
  : undefined;

export async function GET(request: Request, ctx: RouteContext<'/api/recent-articles/pages/[page]'>) {
  const { page: fileName } = await ctx.params;
  const page = pageFromFileName(fileName);
  return keyedApiAnswer(
    request,
    () => (page === null ? null : { key: `recent articles page ${page}`, produce: () => recentArticlesPage(page) }),
    `No page ${fileName} of the article list.`,
  );
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
