// JSON responses of the API: every failure is a JSON `{ error }` with a fitting status, never a stack trace.
import { CorpusMissingError } from '../corpus/store';

/** A JSON `{ error }` response; `headers` adds to (or overrides) the defaults, e.g. `Allow` on a 405. */
export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** Runs `produce` and answers its value as JSON; a null value is a 404, a failure a clear 500/503. */
export function jsonWithErrors<T>(produce: () => T | null, notFoundMessage = 'Not found'): Response {
  try {
    const value = produce();
    if (value === null) return jsonError(404, notFoundMessage);
    return Response.json(value);
  } catch (error) {
    if (error instanceof CorpusMissingError) return jsonError(503, error.message);
    console.error(error);
    return jsonError(500, 'The server could not read the corpus.');
  }
}
