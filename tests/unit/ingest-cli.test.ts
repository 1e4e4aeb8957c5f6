// scripts/geoparse.ts as a child process, on the real gazetteer and geoparser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts', 'geoparse.ts');
const work = mkdtempSync(path.join(tmpdir(), 'geoparse-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, GAZETTEER_DIR: '' };
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, env, input, encoding: 'utf8' });

const TEXT = 'Émigrés 🌍 flew from Kyiv to Moscow.\r\nLater they reached Seoul and Tokyo, far from France.';
const NORMALISED = TEXT.replace(/\r\n/g, '\n');

function expectMentions(stdout: string): Mention[] {
  const parsed = JSON.parse(stdout) as { mentions: Mention[] };
  expect(Object.keys(parsed)).toEqual(['mentions']);
  for (const m of parsed.mentions) {
    expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'placeId', 'name', 'kind', 'lon', 'lat']);
    expect(NORMALISED.slice(m.start, m.end)).toBe(m.text); // UTF-16 offsets, even after the emoji
  }
  expect(parsed.mentions.map((m) => m.placeId)).toEqual(expect.arrayContaining(['kyiv', 'moscow', 'seoul', 'tokyo', 'france']));
  expect(stdout.startsWith('{\n  "mentions": [')).toBe(true); // pretty-printed
  return parsed.mentions;
}

describe('npm run geoparse', () => {
  it('geoparses a file', () => {
    const file = path.join(work, 'text.txt');
    writeFileSync(file, TEXT);
    const result = run([file]);
    expect(result.status, result.stderr).toBe(0);
    const mentions = expectMentions(result.stdout);
    expect(mentions.find((m) => m.placeId === 'moscow')).toMatchObject({ text: 'Moscow', kind: 'city' });
  }, 120_000);

  it('geoparses stdin with "-"', () => {
    const result = run(['-'], TEXT);
    expect(result.status, result.stderr).toBe(0);
    expectMentions(result.stdout);
  }, 120_000);

  it('prints an empty list for a text without places', () => {
    const result = run(['-'], 'Nothing to see here.');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ mentions: [] });
  }, 120_000);

  it('fails with one line and exit code 2 on a missing file', () => {
    const result = run([path.join(work, 'missing.txt')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([`geoparse: cannot read ${path.join(work, 'missing.txt')}: no such file`]);
  });

  it('fails with exit code 2 on a binary file and on bad usage', () => {
    const file = path.join(work, 'bin.txt');
    writeFileSync(file, new Uint8Array([1, 0, 2]));
    const binary = run([file]);
    expect(binary.status).toBe(2);
    expect(binary.stderr.trim()).toBe(`geoparse: ${file}: binary file (contains NUL bytes)`);
    const usage = run([]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^usage: /);
  });
});
