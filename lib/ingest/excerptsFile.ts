// An excerpts file (excerpts/<place>.json) as the runs of excerpts of each article that names the place,
// so that it can be updated by replacing the runs of the articles that changed (pure). The result is
// byte for byte the compact JSON of the whole PlaceExcerpts object.
import type { ExcerptRun } from './outputRecord';

/** One article's part of the file: the article's fingerprint and how to serialise its run. */
export interface ExcerptsPart {
  fingerprint: string;
  /** Comma-joined JSON of the article's excerpts of the place ('' when it has none). */
  json(): string;
}

const prefix = (placeId: string): string => `{"placeId":${JSON.stringify(placeId)},"excerpts":[`;
const SUFFIX = ']}\n';

/** The file and its runs, every part serialised. */
export function excerptsFile(placeId: string, parts: readonly ExcerptsPart[]): { content: string; runs: ExcerptRun[] } {
  const jsons = parts.map((part) => part.json());
  return assemble(placeId, parts, jsons);
}

/**
 * The file from the previous one (`previous`, whose runs are `previousRuns`): the parts whose fingerprint
 * had a run are copied from it, the others serialised. Null when the previous file does not have the
 * recorded shape (then the caller serialises everything).
 */
export function spliceExcerptsFile(placeId: string, previous: string, previousRuns: readonly ExcerptRun[], parts: readonly ExcerptsPart[]): { content: string; runs: ExcerptRun[] } | null {
  const head = prefix(placeId);
  if (!previous.startsWith(head) || !previous.endsWith(SUFFIX)) return null;
  const old = new Map<string, string>();
  let offset = head.length;
  let first = true;
  for (const [fingerprint, length] of previousRuns) {
    if (length === 0) continue;
    if (!first) {
      if (previous[offset] !== ',') return null;
      offset++;
    }
    old.set(fingerprint, previous.slice(offset, offset + length));
    offset += length;
    first = false;
  }
  if (offset !== previous.length - SUFFIX.length) return null;
  return assemble(placeId, parts, parts.map((part) => old.get(part.fingerprint) ?? part.json()));
}

function assemble(placeId: string, parts: readonly ExcerptsPart[], jsons: readonly string[]): { content: string; runs: ExcerptRun[] } {
  const runs: ExcerptRun[] = parts.map((part, i) => [part.fingerprint, jsons[i].length]);
  return { content: `${prefix(placeId)}${jsons.filter((json) => json !== '').join(',')}${SUFFIX}`, runs };
}
