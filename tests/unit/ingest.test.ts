import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestSummary } from '../../lib/ingest/runIngest';
import type { ArticleDocument, CorpusManifest, PlaceExcerpts, PlacesCollection } from '../../lib/types';
import { miniParserSetup } from '../fixtures/miniGazetteer';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-test-'));
  temps.push(dir);
  return dir;
}

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

interface Run {
  out: string;
  summary: IngestSummary;
  info: string[];
  warnings: string[];
  parsed: string[];
}

async function ingest(articlesDir: string, out = tempDir(), version = 'mini-1'): Promise<Run> {
  const info: string[] = [];
  const warnings: string[] = [];
  const calls = { parsed: [] as string[] };
  const summary = await runIngest({
    articlesDir,
    generatedDir: out,
    loadParser: async () => miniParserSetup(calls, version),
    info: (l) => info.push(l),
    warn: (l) => warnings.push(l),
  });
  return { out, summary, info, warnings, parsed: calls.parsed };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The article cache's entries ("<key>\t<json>" lines). */
const cacheLines = (out: string): string[] =>
  readFileSync(path.join(out, '.cache', 'articles.jsonl'), 'utf8').split('\n').filter((line) => line !== '');

/** sha256 of every output file (not the cache), keyed by relative path. */
function hashTree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name === '.cache') continue;
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) Object.assign(out, hashTree(file, base));
    else out[path.relative(base, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

const GOOD = {
  'a-first.txt': 'Troops Return to Strelsau\n\nTroops left Strelsau for the Zenda region. Ruritania said so. Mr. Smith flew to Borduria.\n\nRuritania and Borduria talked in Strelsau.',
  'b-second.md': '---\ntitle: Second Story\nsource: Example News\nurl: https://example.org/b\npublishedAt: 2025-06-18\n---\nBorduria is far from Ruritania. Nobody went there.',
  'c-third.txt': 'No places here at all, just words.',
};

describe('runIngest outputs', () => {
  it('writes places, excerpts, articles and a manifest that match the data contract', async () => {
    const { out, summary, info } = await ingest(corpus(GOOD));
    expect(summary).toMatchObject({ articleCount: 3, placeCount: 4, mentionCount: 9, skipped: [] });
    expect(info).toEqual([
      '[1/3] a-first.txt: 7 mentions, 4 places',
      '[2/3] b-second.md: 2 mentions, 2 places',
      '[3/3] c-third.txt: 0 mentions, 0 places',
    ]);

    const manifest = readJson<CorpusManifest>(path.join(out, 'manifest.json'));
    expect(manifest.articles.map((a) => [a.id, a.title, a.fileName])).toEqual([
      ['a-first', 'Troops Return to Strelsau', 'a-first.txt'],
      ['b-second', 'Second Story', 'b-second.md'],
      ['c-third', 'No places here at all, just words.', 'c-third.txt'],
    ]);
    expect(manifest.articles[1]).toMatchObject({ source: 'Example News', url: 'https://example.org/b', publishedAt: '2025-06-18' });
    expect(manifest.articles[0].placeIds).toEqual(['borduria', 'ruritania', 'strelsau', 'zenda-oblast']);
    expect(manifest).toMatchObject({ articleCount: 3, placeCount: 4, mentionCount: 9 });

    const places = readJson<PlacesCollection>(path.join(out, 'places.geojson'));
    // Spliced from serialised parts, it must still be exactly JSON.stringify of itself.
    expect(readFileSync(path.join(out, 'places.geojson'), 'utf8')).toBe(`${JSON.stringify(places)}\n`);
    expect(places.type).toBe('FeatureCollection');
    expect(places.features.map((f) => f.id)).toEqual(['borduria', 'ruritania', 'strelsau', 'zenda-oblast']);
    const strelsau = places.features[2];
    expect(strelsau.geometry).toEqual({ type: 'Point', coordinates: [10.123457, 50.5] });
    expect(strelsau.properties).toEqual({
      id: 'strelsau', name: 'Strelsau', kind: 'city', mentionCount: 2, articleIds: ['a-first'], countryCode: 'RU',
      lon: 10.123457, lat: 50.5, bbox: [10.1, 50.4, 10.2, 50.6],
    });
    expect(places.features[0].geometry.type).toBe('MultiPolygon');
    expect(places.features[1].properties.articleIds).toEqual(['a-first', 'b-second']);
    expect(places.features[1].properties.mentionCount).toBe(3);

    const article = readJson<ArticleDocument>(path.join(out, 'articles', 'a-first.json'));
    expect(article.text.startsWith('Troops left Strelsau')).toBe(true);
    expect(article.length).toBe(article.text.length);
    expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'Troops left Strelsau for the Zenda region.',
      'Ruritania said so.',
      'Mr. Smith flew to Borduria.',
      'Ruritania and Borduria talked in Strelsau.',
    ]);
    expect(article.mentions.map((m) => [article.text.slice(m.start, m.end), m.placeId])).toEqual([
      ['Strelsau', 'strelsau'], ['Zenda region', 'zenda-oblast'], ['Ruritania', 'ruritania'],
      ['Borduria', 'borduria'], ['Ruritania', 'ruritania'], ['Borduria', 'borduria'], ['Strelsau', 'strelsau'],
    ]);

    const ruritania = readJson<PlaceExcerpts>(path.join(out, 'excerpts', 'ruritania.json'));
    expect(ruritania.placeId).toBe('ruritania');
    expect(ruritania.excerpts.map((e) => [e.articleId, e.sentenceIndex, e.text])).toEqual([
      ['a-first', 1, 'Ruritania said so.'],
      ['a-first', 3, 'Ruritania and Borduria talked in Strelsau.'],
      ['b-second', 0, 'Borduria is far from Ruritania.'],
    ]);
    for (const e of ruritania.excerpts) {
      expect(e.highlights.map((h) => e.text.slice(h.start, h.end))).toEqual(['Ruritania']);
    }
    expect(ruritania.excerpts[2].articleTitle).toBe('Second Story');
  });

  it('merges highlights of one place in one sentence into one excerpt', async () => {
    const { out } = await ingest(corpus({ 'x.txt': 'Title Line\nStrelsau, Strelsau and Strelsau again. Then Strelsau.' }));
    const excerpts = readJson<PlaceExcerpts>(path.join(out, 'excerpts', 'strelsau.json')).excerpts;
    expect(excerpts).toHaveLength(2);
    expect(excerpts[0].highlights).toEqual([{ start: 0, end: 8 }, { start: 10, end: 18 }, { start: 23, end: 31 }]);
    expect(excerpts[1]).toMatchObject({ text: 'Then Strelsau.', sentenceIndex: 1, highlights: [{ start: 5, end: 13 }] });
  });

  it('is deterministic: the same corpus gives byte-identical outputs', async () => {
    const articles = corpus(GOOD);
    const first = await ingest(articles);
    const second = await ingest(articles); // fresh output dir, no cache
    const again = await ingest(articles, first.out); // same dir, from cache
    expect(Object.keys(hashTree(first.out)).length).toBeGreaterThan(5);
    expect(hashTree(second.out)).toEqual(hashTree(first.out));
    expect(hashTree(again.out)).toEqual(hashTree(second.out));
  });

  it('removes outputs of places and articles that are gone', async () => {
    const dir = corpus(GOOD);
    const { out } = await ingest(dir);
    expect(existsSync(path.join(out, 'excerpts', 'zenda-oblast.json'))).toBe(true);
    rmSync(path.join(dir, 'a-first.txt'));
    await ingest(dir, out);
    expect(existsSync(path.join(out, 'excerpts', 'zenda-oblast.json'))).toBe(false);
    expect(existsSync(path.join(out, 'articles', 'a-first.json'))).toBe(false);
    expect(readdirSync(path.join(out, 'excerpts')).sort()).toEqual(['borduria.json', 'ruritania.json']);
  });

  it('leaves other entries of the output directory alone', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'gazetteer'));
    writeFileSync(path.join(out, 'gazetteer', 'records.json'), '[]');
    await ingest(corpus(GOOD), out);
    expect(readFileSync(path.join(out, 'gazetteer', 'records.json'), 'utf8')).toBe('[]');
  });
});

describe('runIngest with an empty corpus', () => {
  it('writes valid empty outputs and warns', async () => {
    const { out, summary, warnings } = await ingest(corpus({}));
    expect(summary.articleCount).toBe(0);
    expect(warnings.some((w) => w.includes('no articles to ingest'))).toBe(true);
    expect(readJson<PlacesCollection>(path.join(out, 'places.geojson'))).toEqual({ type: 'FeatureCollection', features: [] });
    expect(readJson<CorpusManifest>(path.join(out, 'manifest.json'))).toEqual({
      articleCount: 0, placeCount: 0, mentionCount: 0, skipped: [], articles: [],
    });
    expect(readdirSync(path.join(out, 'excerpts'))).toEqual([]);
    expect(readdirSync(path.join(out, 'articles'))).toEqual([]);
  });

  it('treats a missing articles directory as empty, naming it', async () => {
    const missing = path.join(tempDir(), 'nope');
    const { summary, warnings } = await ingest(missing);
    expect(summary.articleCount).toBe(0);
    expect(warnings[0]).toContain(missing);
    expect(warnings[0]).toContain('ENOENT');
  });
});

describe('runIngest reliability', () => {
  it('skips bad files with a reason naming each, and never drops good articles', async () => {
    const huge = 'Strelsau is big. '.repeat(330_000); // > 5 MB
    const dir = corpus({
      ...GOOD,
      'd-empty.txt': '',
      'e-blank.md': ' \n\n\t\n',
      'f-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'g-latin1.txt': new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x4b, 0x69, 0xe9, 0x76, 0x2e]),
      'h-huge.txt': huge,
      'i-duplicate.txt': GOOD['a-first.txt'],
      'j-unsupported.pdf': 'Strelsau',
      'k-noext': 'Strelsau',
      'l-only-front-matter.md': '---\ntitle: Nothing\n---\n',
      '.DS_Store': 'ignored',
    });
    mkdirSync(path.join(dir, 'm-subdir.txt'));
    // A named pipe must be reported, not waited on (nothing ever writes to it).
    expect(spawnSync('mkfifo', [path.join(dir, 'n-pipe.txt')]).status).toBe(0);
    const { out, summary, warnings } = await ingest(dir);
    expect(summary.articleCount).toBe(3);
    const reasons = Object.fromEntries(summary.skipped.map((s) => [s.fileName, s.reason]));
    expect(Object.keys(reasons)).toEqual([
      'd-empty.txt', 'e-blank.md', 'f-binary.txt', 'g-latin1.txt', 'h-huge.txt', 'i-duplicate.txt',
      'j-unsupported.pdf', 'k-noext', 'l-only-front-matter.md', 'm-subdir.txt', 'n-pipe.txt',
    ]);
    expect(reasons['d-empty.txt']).toBe('empty file');
    expect(reasons['e-blank.md']).toBe('empty file');
    expect(reasons['f-binary.txt']).toMatch(/binary/);
    expect(reasons['g-latin1.txt']).toMatch(/not valid UTF-8/);
    expect(reasons['h-huge.txt']).toMatch(/too large \(5\.\d MB; the limit is 5 MB\)/);
    expect(reasons['i-duplicate.txt']).toBe('duplicate of a-first.txt (same article text)');
    expect(reasons['j-unsupported.pdf']).toMatch(/unsupported extension ".pdf"/);
    expect(reasons['k-noext']).toMatch(/unsupported extension "\(none\)"/);
    expect(reasons['l-only-front-matter.md']).toMatch(/no article text/);
    expect(reasons['m-subdir.txt']).toBe('not a regular file');
    expect(reasons['n-pipe.txt']).toBe('not a regular file');
    for (const [fileName, reason] of Object.entries(reasons)) {
      expect(warnings).toContain(`${fileName}: skipped: ${reason}`);
    }
    expect(warnings.join('\n')).not.toMatch(/\n\s+at /); // no stack traces
    const manifest = readJson<CorpusManifest>(path.join(out, 'manifest.json'));
    expect(manifest.skipped).toEqual(summary.skipped);
    expect(manifest.articles.map((a) => a.id)).toEqual(['a-first', 'b-second', 'c-third']);
  });

  it('ingests HTML-laden files as plain text with consistent offsets', async () => {
    const html = '<html><head><title>X</title><script>var Borduria = 1;</script></head><body><h1>Strelsau Report</h1><p>Troops <b>left</b> Strelsau &amp; the Zenda region.</p><p onclick="alert(1)">Ruritania agreed.</p></body></html>';
    const { out, warnings } = await ingest(corpus({ 'page.txt': html }));
    expect(warnings).toContain('page.txt: contains HTML markup; tags were stripped and the text ingested as plain text');
    const article = readJson<ArticleDocument>(path.join(out, 'articles', 'page.json'));
    expect(article.title).toBe('Strelsau Report');
    expect(article.text).toBe('Troops left Strelsau & the Zenda region.\n\nRuritania agreed.');
    expect(article.text).not.toMatch(/[<>]/);
    expect(article.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual(['Strelsau', 'Zenda region', 'Ruritania']);
    expect(article.mentions.some((m) => m.placeId === 'borduria')).toBe(false);
  });

  it('ingests an article with malformed front matter from its body, with a warning', async () => {
    const { out, warnings, summary } = await ingest(corpus({ 'bad-fm.md': '---\ntitle: ok\nnot yaml at all\n---\nA Headline\nStrelsau grew.' }));
    expect(summary.articleCount).toBe(1);
    expect(warnings[0]).toMatch(/^bad-fm\.md: front matter line 3 is not "key: value"/);
    const article = readJson<ArticleDocument>(path.join(out, 'articles', 'bad-fm.json'));
    expect(article).toMatchObject({ title: 'A Headline', text: 'Strelsau grew.' });
  });

  it('skips an article the geoparser throws on, keeping the others', async () => {
    const out = tempDir();
    const warnings: string[] = [];
    const setup = miniParserSetup();
    const summary = await runIngest({
      articlesDir: corpus(GOOD),
      generatedDir: out,
      loadParser: async () => ({
        ...setup,
        createParser: () => ({
          parse: (text: string) => {
            if (text.includes('Nobody went there')) throw new Error('index out of range');
            return setup.createParser().parse(text);
          },
        }),
      }),
      info: () => {},
      warn: (l) => warnings.push(l),
    });
    expect(summary.articleCount).toBe(2);
    expect(warnings).toEqual(['b-second.md: skipped: the geoparser failed on it (index out of range)']);
    expect(summary.skipped).toEqual([{ fileName: 'b-second.md', reason: 'the geoparser failed on it (index out of range)' }]);
  });
});

describe('runIngest cache', () => {
  it('re-parses only changed articles and invalidates on a new parser version', async () => {
    const dir = corpus(GOOD);
    const first = await ingest(dir);
    expect(first.parsed).toHaveLength(3);
    expect(first.summary.cachedCount).toBe(0);

    const second = await ingest(dir, first.out);
    expect(second.parsed).toHaveLength(0);
    expect(second.summary.cachedCount).toBe(3);

    writeFileSync(path.join(dir, 'c-third.txt'), 'Now Borduria appears.');
    const third = await ingest(dir, first.out);
    expect(third.parsed).toEqual(['Now Borduria appears.']);
    expect(third.summary.cachedCount).toBe(2);
    expect(third.summary.placeCount).toBe(4);

    const fourth = await ingest(dir, first.out, 'mini-2');
    expect(fourth.parsed).toHaveLength(3);
    // Entries of the old version were pruned: one entry per article text, all of the new version.
    const entries = cacheLines(first.out);
    expect(entries).toHaveLength(3);
    const fifth = await ingest(dir, first.out, 'mini-2');
    expect(fifth.parsed).toHaveLength(0);
  });

  it('treats a corrupt cache entry as a miss', async () => {
    const dir = corpus(GOOD);
    const first = await ingest(dir);
    const cacheFile = path.join(first.out, '.cache', 'articles.jsonl');
    writeFileSync(cacheFile, cacheLines(first.out).map((line) => `${line.slice(0, 65)}{not json\n`).join(''));
    const second = await ingest(dir, first.out);
    expect(second.parsed).toHaveLength(3);
    expect(hashTree(second.out)).toEqual(hashTree(first.out));

    // A line torn by a killed run, and a summary that does not fit its text, are misses too; the rest is used.
    const [a, b, c] = cacheLines(first.out);
    writeFileSync(cacheFile, `${a}\n${b.replace(/"n":\d+/, '"n":-1')}\n${c.slice(0, 90)}`);
    const third = await ingest(dir, first.out);
    expect(third.parsed).toHaveLength(2);
    expect(hashTree(third.out)).toEqual(hashTree(first.out));
    expect(cacheLines(first.out)).toHaveLength(3);
  });

  it('fails once, then geoparses again, when a needed analysis was damaged', async () => {
    const dir = corpus(GOOD);
    const { out } = await ingest(dir);
    const analyses = path.join(out, '.cache', 'analyses.jsonl');
    writeFileSync(analyses, readFileSync(analyses, 'utf8').replace(/"s":\[\d+/g, '"s":[1'));
    rmSync(path.join(out, 'articles', 'a-first.json')); // so that a-first's analysis is needed
    await expect(ingest(dir, out)).rejects.toThrow(/article cache was damaged/);
    const again = await ingest(dir, out);
    expect(again.parsed).toHaveLength(3); // every damaged entry was dropped at once
    expect(hashTree(out)).toEqual(hashTree((await ingest(dir)).out));
  });
});

describe('runIngest from the cache', () => {
  it('replays warnings and rebuilds texts that are not slices of the file (Markdown, HTML)', async () => {
    const dir = corpus({
      'bad-fm.md': '---\ntitle: ok\nnot yaml at all\n---\nA Headline\nStrelsau grew.',
      'page.txt': '<html><body><h1>Strelsau Report</h1><p>Troops <b>left</b> Strelsau &amp; the Zenda region.</p></body></html>',
      'story.md': '# The **Strelsau** Story\n\nTroops went to [Strelsau](https://example.org) and *Borduria*.',
    });
    const first = await ingest(dir);
    const second = await ingest(dir, first.out);
    expect(second.parsed).toEqual([]);
    expect(second.warnings).toEqual(first.warnings);
    expect(first.warnings).toHaveLength(2);
    const fresh = await ingest(dir);
    expect(hashTree(second.out)).toEqual(hashTree(fresh.out));
    expect(readJson<ArticleDocument>(path.join(second.out, 'articles', 'story.json')).text).toBe('Troops went to Strelsau and Borduria.');
  });
});

describe('runIngest incremental outputs', () => {
  /** After every change, the outputs updated in place must equal those of a fresh run. */
  async function expectSameAsFresh(dir: string, out: string, version = 'mini-1'): Promise<Run> {
    const run = await ingest(dir, out, version);
    const fresh = await ingest(dir, tempDir(), version);
    expect(hashTree(run.out)).toEqual(hashTree(fresh.out));
    return run;
  }

  it('rewrites only the files whose inputs changed, and nothing when nothing did', async () => {
    const dir = corpus(GOOD);
    const first = await ingest(dir);
    expect(first.summary.files).toEqual({ written: 3 + 4 + 2, kept: 0, removed: 0 });
    const same = await ingest(dir, first.out);
    expect(same.summary.files).toEqual({ written: 0, kept: 9, removed: 0 });

    writeFileSync(path.join(dir, 'c-third.txt'), 'Now Borduria appears.');
    const changed = await expectSameAsFresh(dir, first.out);
    // c-third's document, Borduria's excerpts, places.geojson (counts) and the manifest.
    expect(changed.summary.files).toEqual({ written: 4, kept: 5, removed: 0 });
  });

  it('follows edits, new titles, renames that shift ids, additions and removals', async () => {
    const dir = corpus(GOOD);
    const { out } = await ingest(dir);
    // A new title changes the excerpts of every place the article names (they quote the title).
    writeFileSync(path.join(dir, 'b-second.md'), GOOD['b-second.md'].replace('title: Second Story', 'title: Another Story'));
    await expectSameAsFresh(dir, out);
    expect(readJson<PlaceExcerpts>(path.join(out, 'excerpts', 'borduria.json')).excerpts.map((e) => e.articleTitle)).toContain('Another Story');
    // "a first.txt" sorts before "a-first.txt" and takes its id: "a-first.txt" becomes "a-first-2".
    writeFileSync(path.join(dir, 'a first.txt'), 'Zenda region news.\n\nThe Zenda region voted.');
    await expectSameAsFresh(dir, out);
    expect(existsSync(path.join(out, 'articles', 'a-first-2.json'))).toBe(true);
    rmSync(path.join(dir, 'a-first.txt'));
    const removed = await expectSameAsFresh(dir, out);
    expect(removed.summary.files.removed).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'articles', 'a-first-2.json'))).toBe(false);
    // A new parser version rewrites everything.
    const bumped = await expectSameAsFresh(dir, out, 'mini-2');
    expect(bumped.summary.files.kept).toBe(0);
  });

  it('writes again what is missing from the outputs, and everything without its record', async () => {
    const dir = corpus(GOOD);
    const { out } = await ingest(dir);
    const before = hashTree(out);
    rmSync(path.join(out, 'excerpts', 'ruritania.json'));
    writeFileSync(path.join(out, 'excerpts', 'stray.json'), '{}');
    const repaired = await ingest(dir, out);
    expect(repaired.summary.files).toEqual({ written: 1, kept: 8, removed: 1 });
    expect(hashTree(out)).toEqual(before);
    rmSync(path.join(out, '.cache', 'outputs.json'));
    const unrecorded = await ingest(dir, out);
    expect(unrecorded.summary.files.written).toBe(9);
    expect(hashTree(out)).toEqual(before);
  });
});

describe('runIngest with Markdown', () => {
  it('stores .md articles as plain text and takes a heading as the title', async () => {
    const { out } = await ingest(corpus({ 'story.md': '# The **Strelsau** Story\n\nTroops went to [Strelsau](https://example.org) and *Borduria*.' }));
    const article = readJson<ArticleDocument>(path.join(out, 'articles', 'story.json'));
    expect(article.title).toBe('The Strelsau Story');
    expect(article.text).toBe('Troops went to Strelsau and Borduria.');
    expect(article.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual(['Strelsau', 'Borduria']);
  });
});

describe('runIngest lock', () => {
  it('refuses to run while another live ingest holds the output directory, and takes over a dead one', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, '.ingest-lock'), String(process.ppid));
    await expect(ingest(corpus(GOOD), out)).rejects.toThrow(/another ingest \(pid \d+\) is writing/);
    writeFileSync(path.join(out, '.ingest-lock'), '999999999'); // no such process
    const { summary } = await ingest(corpus(GOOD), out);
    expect(summary.articleCount).toBe(3);
    expect(existsSync(path.join(out, '.ingest-lock'))).toBe(false);
  });
});

describe('runIngest and files unchanged since the last run', () => {
  /** Every file of `dir` written an hour ago: old enough to be trusted when unchanged. */
  function backdate(dir: string): void {
    const past = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), past, past);
  }

  it('does not read them again, reads what changed, and still writes what a fresh run writes', async () => {
    const dir = corpus(GOOD);
    backdate(dir);
    const first = await ingest(dir);
    expect(first.summary.readCount).toBe(3);
    const second = await ingest(dir, first.out);
    expect(second.summary.readCount).toBe(0);
    expect(second.warnings).toEqual(first.warnings);

    writeFileSync(path.join(dir, 'c-third.txt'), 'Now Borduria appears.');
    const third = await ingest(dir, first.out);
    expect(third.summary.readCount).toBe(1);
    expect(third.parsed).toEqual(['Now Borduria appears.']);
    expect(hashTree(first.out)).toEqual(hashTree((await ingest(dir)).out));

    // "a first.txt" takes a-first.txt's id: the unchanged a-first.txt is read to write its new document.
    writeFileSync(path.join(dir, 'a first.txt'), 'Zenda region news.\n\nThe Zenda region voted.');
    backdate(dir);
    const shifted = await ingest(dir, first.out);
    expect(shifted.summary.readCount).toBeGreaterThanOrEqual(2);
    expect(hashTree(first.out)).toEqual(hashTree((await ingest(dir)).out));
  });

  it('reads a file modified just before the last run looked at it (it may have changed within the same tick)', async () => {
    const dir = corpus(GOOD);
    const first = await ingest(dir); // files written just now
    expect((await ingest(dir, first.out)).summary.readCount).toBe(3);
  });

  it('notices a file whose size and mtime were kept but whose content changed', async () => {
    const dir = corpus(GOOD);
    backdate(dir);
    const first = await ingest(dir);
    const file = path.join(dir, 'c-third.txt');
    const { mtime } = statSync(file);
    writeFileSync(file, GOOD['c-third.txt'].replace('No places', 'Borduria is'));
    utimesSync(file, mtime, mtime); // the change time (ctime) still moves
    const second = await ingest(dir, first.out);
    expect(second.summary.readCount).toBe(1);
    expect(readJson<ArticleDocument>(path.join(first.out, 'articles', 'c-third.json')).placeIds).toEqual(['borduria']);
  });

  it('fails, leaving the outputs whole, when an unread file changes during the run', async () => {
    const dir = corpus(GOOD);
    backdate(dir);
    const { out } = await ingest(dir);
    const before = hashTree(out);
    // The new file takes a-first.txt's id, so a-first.txt (unchanged, not read) must be read for its document;
    // it is edited while the new file is geoparsed.
    writeFileSync(path.join(dir, 'a first.txt'), 'Zenda region news.\n\nThe Zenda region voted.');
    const setup = miniParserSetup();
    const run = runIngest({
      articlesDir: dir,
      generatedDir: out,
      loadParser: async () => ({
        ...setup,
        createParser: () => {
          writeFileSync(path.join(dir, 'a-first.txt'), `${GOOD['a-first.txt']} Edited.`);
          return setup.createParser();
        },
      }),
      info: () => {},
      warn: () => {},
    });
    await expect(run).rejects.toThrow(/a-first\.txt changed while it was being ingested/);
    expect(hashTree(out)).toEqual(before);
  });
});
