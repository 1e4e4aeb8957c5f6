import { describe, expect, it } from 'vitest';
import { excerptsFile, spliceExcerptsFile, type ExcerptsPart } from '../../lib/ingest/excerptsFile';

/** A part whose run is `count` excerpt objects of article `id`, version `version`. */
function part(id: string, count: number, version = 1): ExcerptsPart {
  return {
    fingerprint: `${id}@${version}`,
    json: () => Array.from({ length: count }, (_, i) => JSON.stringify({ articleId: id, text: `v${version} "${i}" ✓`, sentenceIndex: i })).join(','),
  };
}

/** What JSON.stringify of the whole object gives. */
function whole(placeId: string, parts: ExcerptsPart[]): string {
  const excerpts = parts.flatMap((p) => (p.json() === '' ? [] : (JSON.parse(`[${p.json()}]`) as unknown[])));
  return `${JSON.stringify({ placeId, excerpts })}\n`;
}

describe('excerpts files as runs of articles', () => {
  const before = [part('a', 2), part('b', 1), part('c', 3)];

  it('serialise to exactly the JSON of the whole object, with one run per article', () => {
    const file = excerptsFile('kyiv', [...before, part('d', 0)]);
    expect(file.content).toBe(whole('kyiv', before));
    expect(file.runs.map(([fp]) => fp)).toEqual(['a@1', 'b@1', 'c@1', 'd@1']);
    expect(file.runs[3][1]).toBe(0);
    expect(excerptsFile('kyiv', []).content).toBe('{"placeId":"kyiv","excerpts":[]}\n');
  });

  it('splice into what serialising everything gives, copying the runs of unchanged articles', () => {
    const previous = excerptsFile('kyiv', before);
    const cases: ExcerptsPart[][] = [
      [part('a', 2), part('b', 2, 2), part('c', 3)], // b changed
      [part('a', 2), part('c', 3)], // b gone
      [part('0', 1), part('a', 2), part('b', 1), part('c', 3), part('z', 4)], // added at both ends
      [part('a', 0, 2), part('b', 1), part('c', 3)], // a has no excerpts any more
      [],
    ];
    for (const parts of cases) {
      const calls: string[] = [];
      const counted = parts.map((p) => ({ ...p, json: () => (calls.push(p.fingerprint), p.json()) }));
      const spliced = spliceExcerptsFile('kyiv', previous.content, previous.runs, counted);
      expect(spliced).toEqual(excerptsFile('kyiv', parts));
      expect(calls.every((fp) => !previous.runs.some(([old]) => old === fp))).toBe(true); // unchanged runs are copied
    }
  });

  it('declines a previous file that does not have the recorded runs', () => {
    const previous = excerptsFile('kyiv', before);
    expect(spliceExcerptsFile('seoul', previous.content, previous.runs, before)).toBeNull();
    expect(spliceExcerptsFile('kyiv', previous.content.replace('"v1', '"v1x'), previous.runs, before)).toBeNull();
    expect(spliceExcerptsFile('kyiv', previous.content, previous.runs.slice(1), before)).toBeNull();
  });
});
