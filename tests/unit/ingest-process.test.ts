// The ingest script as a child process: progress and summary output, and a run killed with SIGKILL
// halfway through leaving the previous outputs whole.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusManifest, PlacesCollection } from '../../lib/types';
import { MINI_RECORDS, MINI_SHAPES } from '../fixtures/miniGazetteer';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts', 'ingest.ts');
let work = '';
let env: NodeJS.ProcessEnv = process.env;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ingest-process-'));
  const gazetteer = path.join(work, 'gazetteer');
  mkdirSync(gazetteer);
  writeFileSync(path.join(gazetteer, 'records.json'), JSON.stringify(MINI_RECORDS));
  writeFileSync(path.join(gazetteer, 'shapes.json'), JSON.stringify(MINI_SHAPES));
  env = { ...process.env, GAZETTEER_DIR: gazetteer };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeCorpus(name: string, count: number, paragraphs: number): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: paragraphs }, (_, p) =>
      `Paragraph ${p} of story ${i}: troops moved from Strelsau to the Zenda region. Ruritania and Borduria talked.`).join('\n\n');
    writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}_story.txt`), `Story ${i} Headline\n\n${body}\n`);
  }
  return dir;
}

function hashTree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue; // cache, lock: not outputs
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) Object.assign(out, hashTree(file, base));
    else out[path.relative(base, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

const runScript = (articles: string, generated: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: ROOT, env: { ...env, ARTICLES_DIR: articles, GENERATED_DIR: generated }, encoding: 'utf8',
  });

describe('scripts/ingest.ts', () => {
  it('prints one line per article, warnings naming skipped files, and a summary', () => {
    const articles = writeCorpus('small', 2, 1);
    writeFileSync(path.join(articles, 'notes.pdf'), 'x');
    const generated = path.join(work, 'gen-small');
    const result = runScript(articles, generated);
    expect(result.status, result.stderr).toBe(0);
    // Counts come from the real geoparser (run on the fixture gazetteer); they must agree with the manifest.
    const manifest = JSON.parse(readFileSync(path.join(generated, 'manifest.json'), 'utf8')) as CorpusManifest;
    manifest.articles.forEach((a, i) => {
      expect(result.stdout).toContain(`[${i + 1}/2] ${a.fileName}: ${a.mentionCount} mentions, ${a.placeIds.length} places\n`);
    });
    expect(manifest.articles.map((a) => a.fileName)).toEqual(['0000_story.txt', '0001_story.txt']);
    expect(result.stdout).toContain(`Ingested 2 articles: ${manifest.mentionCount} mentions of ${manifest.placeCount} places`);
    expect(result.stdout).toMatch(/Skipped 1 file:\n {2}notes\.pdf: unsupported extension/);
    expect(result.stdout).toMatch(/Timings: total \d+\.\d\d s/);
    expect(result.stderr).toContain('warning: notes.pdf: skipped: unsupported extension ".pdf"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits non-zero with a one-line message when the gazetteer cannot be loaded', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: ROOT,
      env: { ...env, GAZETTEER_DIR: path.join(work, 'no-gazetteer'), ARTICLES_DIR: writeCorpus('tiny', 1, 1), GENERATED_DIR: path.join(work, 'gen-tiny') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').filter((l) => l.startsWith('ingest failed'))).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('leaves the previous outputs whole when killed mid-run', async () => {
    const generated = path.join(work, 'gen-kill');
    const first = runScript(writeCorpus('before', 3, 2), generated);
    expect(first.status, first.stderr).toBe(0);
    const before = hashTree(generated);
    expect(Object.keys(before)).toContain('manifest.json');

    const big = writeCorpus('big', 1500, 40);
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: ROOT, env: { ...env, ARTICLES_DIR: big, GENERATED_DIR: generated }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/\[\d+\/1500\]/.test(stdout) && child.kill('SIGKILL')) resolve(true);
      });
      child.on('exit', () => resolve(false));
    });
    expect(killed).toBe(true);
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));
    expect(child.signalCode).toBe('SIGKILL');
    expect(stdout).not.toContain('Ingested'); // it really was killed before finishing

    expect(hashTree(generated)).toEqual(before);
    const manifest = JSON.parse(readFileSync(path.join(generated, 'manifest.json'), 'utf8')) as CorpusManifest;
    expect(manifest.articleCount).toBe(3);
    const places = JSON.parse(readFileSync(path.join(generated, 'places.geojson'), 'utf8')) as PlacesCollection;
    expect(places.features.length).toBe(manifest.placeCount);

    // The next run cleans up what the killed one left and succeeds.
    const after = runScript(writeCorpus('after', 2, 1), generated);
    expect(after.status, after.stderr).toBe(0);
    expect(readdirSync(generated).filter((n) => n.startsWith('.ingest'))).toEqual([]);
  }, 120_000);
});
