// GET /api/places/{id}/articles/{articleId}/pages/{n}.json: one page of a place's excerpts in one
// article, as a file (same bytes as /api/places/{id}?page={n}&article={articleId}).
import { allPlaceArticlePages, placePageAnswer, placePageKey } from '@/lib/corpus/answers';
import { DEFAULT_PAGE_SIZE } from '@/lib/corpus/queries';
import { keyedApiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';
import { isStaticExportBuild } from '@/lib/http/staticExport';
import { pageFileName, pageFromFileName } from '@/lib/url/apiPaths';

// Only the export lists every page (it writes each as a file). On `next start` the route answers per
// request (it has write-method handlers): with no list the build leaves it dynamic and visits nothing;
// listed, it visited each one (about 100,000 at 10,000 articles) and left empty folders for them.
// (An empty list would not do: the build would then take the route for a static one, cached on demand.)
export const generateStaticParams = isStaticExportBuild()
  ? () => allPlaceArticlePages().map(({ placeId, articleId, page }) => ({ id: placeId, articleId, page: pageFileName(page) }))
  : undefined;

export async function GET(request: Request, ctx: RouteContext<'/api/places/[id]/articles/[articleId]/pages/[page]'>) {
  const { id, articleId, page: fileName } = await ctx.params;
  const page = pageFromFileName(fileName);
  return keyedApiAnswer(
    request,
    () => (page === null ? null : { key: placePageKey(id, articleId, page, DEFAULT_PAGE_SIZE), produce: () => placePageAnswer(id, page, articleId) }),
    `No page ${fileName} of place "${id}" in article "${articleId}".`,
  );
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
