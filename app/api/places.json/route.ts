// GET /api/places.json: the places GeoJSON as a file (the dashboard's URL; same bytes as /api/places).
import { placesAnswer } from '@/lib/corpus/answers';
import { apiAnswer, readOnlyApiMethodsUnlessExported } from '@/lib/http/apiAnswer';

// Static in the export (GET only there); on `next start` the write methods below make it per request.
export const revalidate = false;

export function GET(request: Request) {
  return apiAnswer(request, 'places', placesAnswer);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyApiMethodsUnlessExported();
