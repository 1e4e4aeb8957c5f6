// GET /api/articles (next start only; /api/articles.json holds the same bytes in both builds).
import { articlesAnswer } from '@/lib/corpus/answers';
import { apiAnswer, readOnlyApiMethods } from '@/lib/http/apiAnswer';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return apiAnswer(request, 'articles', articlesAnswer);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethods;
