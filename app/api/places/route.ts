import { getPlaces } from '@/lib/corpus/store';
import { jsonWithErrors } from '@/lib/http/json';

export const dynamic = 'force-static';

export function GET() {
  return jsonWithErrors(() => getPlaces());
}
