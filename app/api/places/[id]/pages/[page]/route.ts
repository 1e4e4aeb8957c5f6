// GET /api/places/{id}/pages/{n}.json: one page of a place's excerpts as a file (the panel's URL;
// same bytes as /api/places/{id}?page={n}). Every page exists in the static export.
import { allPlacePages, placePageAnswer, placePageKey } from '@/lib/corpus/answers';
import { DEFAULT_PAGE_SIZE } from '@/lib/corpus/queries';
import { keyedApiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';
import { isStaticExportBuild } from '@/lib/http/staticExport';
import { pageFileName, pageFromFileName } from '@/lib/url/apiPaths';

// Only the export lists every page (it writes each as a file). On `next start` the route answers per
// request (it has write-method handlers): with no list the build leaves it dynamic and visits nothing;
// listed, it visited each one (9,614 at 10,000 articles) and left an empty folder per page.
// (An empty list would not do: the build would then take the route for a static one, cached on demand.)
export const generateStaticParams = isStaticExportBuild()
  ? () => allPlacePages().map(({ placeId, page }) => ({ id: placeId, page: pageFileName(page) }))
  : undefined;

export async function GET(request: Request, ctx: RouteContext<'/api/places/[id]/pages/[page]'>) {
  const { id, page: fileName } = await ctx.params;
  const page = pageFromFileName(fileName);
  return keyedApiAnswer(
    request,
    () => (page === null ? null : { key: placePageKey(id, null, page, DEFAULT_PAGE_SIZE), produce: () => placePageAnswer(id, page) }),
    `No page ${fileName} of place "${id}".`,
  );
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
