// GET /api/articles.json: the article list as a file (same bytes as /api/articles).
import { articlesAnswer } from '@/lib/corpus/answers';
import { apiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';

// Static in the export (GET only there); on `next start` the write methods below make it per request.
export const revalidate = false;

export function GET(request: Request) {
  return apiAnswer(request, 'articles', articlesAnswer);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
