// GET /api/places (next start only: in the static export this path cannot be a file beside the folder
// /api/places/, and /api/places.json holds the same bytes). Skipped by the proxy: it answers every method.
import { placesAnswer } from '@/lib/corpus/answers';
import { apiAnswer, readOnlyApiMethods } from '@/lib/http/apiAnswer';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return apiAnswer(request, 'places', placesAnswer);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethods;
