// GET /api/articles/{id} (next start only; /api/articles/{id}/article.json holds the same bytes in both builds).
import { articleAnswer } from '@/lib/corpus/answers';
import { apiAnswer, readOnlyApiMethods } from '@/lib/http/apiAnswer';
import { jsonError } from '@/lib/http/json';
import { isValidId } from '@/lib/url/routes';

// Typed by hand: the static build, which leaves these files out, has no generated route types for them.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!isValidId(id)) return jsonError(400, 'An article id is a short lower-case slug (letters, digits, dashes, underscores).', {}, request);
  return apiAnswer(request, `article ${id}`, () => articleAnswer(id), `No article with id "${id}".`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethods;
