import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverInterruptedWrite, writeOutputsAtomically } from '../../lib/ingest/atomicOutput';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (rel: string): string => readFileSync(path.join(dir, rel), 'utf8');

describe('writeOutputsAtomically', () => {
  it('replaces named entries, keeps others, and leaves no staging behind', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    mkdirSync(path.join(dir, 'gazetteer'));
    writeFileSync(path.join(dir, 'gazetteer', 'keep.json'), 'k');
    await writeOutputsAtomically(dir, [
      { path: 'manifest.json', content: 'm1' },
      { path: 'excerpts/a.json', content: 'a1' },
      { path: 'excerpts/b.json', content: 'b1' },
    ], ['articles']);
    await writeOutputsAtomically(dir, [{ path: 'manifest.json', content: 'm2' }, { path: 'excerpts/a.json', content: 'a2' }], ['articles']);
    expect(read('manifest.json')).toBe('m2');
    expect(readdirSync(path.join(dir, 'excerpts'))).toEqual(['a.json']);
    expect(read('excerpts/a.json')).toBe('a2');
    expect(readdirSync(path.join(dir, 'articles'))).toEqual([]);
    expect(read('gazetteer/keep.json')).toBe('k');
    expect(readdirSync(dir).sort()).toEqual(['articles', 'excerpts', 'gazetteer', 'manifest.json']);
  });

  it('discards a staging directory left by a run killed before the swap', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    writeFileSync(path.join(dir, 'manifest.json'), 'old');
    mkdirSync(path.join(dir, '.ingest-staging', 'excerpts'), { recursive: true });
    writeFileSync(path.join(dir, '.ingest-staging', 'manifest.json'), 'half-written');
    await recoverInterruptedWrite(dir);
    expect(read('manifest.json')).toBe('old');
    expect(existsSync(path.join(dir, '.ingest-staging'))).toBe(false);
  });

  it('completes a swap that a killed run left half done', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    // State after the excerpts directory was swapped but before manifest.json was.
    mkdirSync(path.join(dir, 'excerpts'));
    writeFileSync(path.join(dir, 'excerpts', 'new.json'), 'new');
    writeFileSync(path.join(dir, 'manifest.json'), 'old');
    mkdirSync(path.join(dir, '.ingest-staging', '.replaced', 'excerpts'), { recursive: true });
    writeFileSync(path.join(dir, '.ingest-staging', 'manifest.json'), 'new');
    writeFileSync(path.join(dir, '.ingest-swap'), 'excerpts\nmanifest.json\n');
    await recoverInterruptedWrite(dir);
    expect(read('manifest.json')).toBe('new');
    expect(read('excerpts/new.json')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['excerpts', 'manifest.json']);
  });
});
