import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputTransaction, recoverInterruptedWrite, writeOutputsAtomically } from '../../lib/ingest/atomicOutput';

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

describe('OutputTransaction', () => {
  it('writes, keeps and removes files of a managed directory one by one', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    await writeOutputsAtomically(dir, [
      { path: 'manifest.json', content: 'm1' },
      { path: 'excerpts/a.json', content: 'a1' },
      { path: 'excerpts/b.json', content: 'b1' },
      { path: 'excerpts/c.json', content: 'c1' },
    ]);
    const transaction = await OutputTransaction.begin(dir, ['excerpts']);
    expect(transaction.exists('excerpts/a.json')).toBe(true);
    expect(transaction.exists('excerpts/z.json')).toBe(false);
    expect(transaction.exists('manifest.json')).toBe(true);
    transaction.keep('excerpts/a.json');
    transaction.write('excerpts/b.json', 'b2');
    transaction.write('excerpts/d.json', 'd2');
    transaction.write('manifest.json', 'm2');
    transaction.write('.cache/record.json', 'r');
    expect(await transaction.commit()).toEqual({ written: 4, kept: 1, removed: 1 });
    expect(readdirSync(path.join(dir, 'excerpts')).sort()).toEqual(['a.json', 'b.json', 'd.json']);
    expect([read('excerpts/a.json'), read('excerpts/b.json'), read('manifest.json'), read('.cache/record.json')]).toEqual(['a1', 'b2', 'm2', 'r']);
    expect(readdirSync(dir).sort()).toEqual(['.cache', 'excerpts', 'manifest.json']);
  });

  it('changes nothing, not even a journal, when every file is kept', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    await writeOutputsAtomically(dir, [{ path: 'excerpts/a.json', content: 'a1' }]);
    const transaction = await OutputTransaction.begin(dir, ['excerpts']);
    transaction.keep('excerpts/a.json');
    expect(await transaction.commit()).toEqual({ written: 0, kept: 1, removed: 0 });
    expect(readdirSync(dir)).toEqual(['excerpts']);
  });

  it('completes a file-by-file swap that a killed run left half done, removals included', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    // State after excerpts/a.json was moved in, before manifest.json was and before b.json was removed.
    mkdirSync(path.join(dir, 'excerpts'));
    writeFileSync(path.join(dir, 'excerpts', 'a.json'), 'a-new');
    writeFileSync(path.join(dir, 'excerpts', 'b.json'), 'b-old');
    writeFileSync(path.join(dir, 'excerpts', 'c.json'), 'c-kept');
    writeFileSync(path.join(dir, 'manifest.json'), 'm-old');
    mkdirSync(path.join(dir, '.ingest-staging', 'excerpts'), { recursive: true });
    writeFileSync(path.join(dir, '.ingest-staging', 'manifest.json'), 'm-new');
    writeFileSync(path.join(dir, '.ingest-swap'), 'move excerpts/a.json\nmove manifest.json\nremove excerpts/b.json\nremove ../outside\n');
    writeFileSync(path.join(path.dirname(dir), 'outside'), 'not ours');
    await recoverInterruptedWrite(dir);
    expect(read('manifest.json')).toBe('m-new');
    expect(readdirSync(path.join(dir, 'excerpts')).sort()).toEqual(['a.json', 'c.json']);
    expect([read('excerpts/a.json'), read('excerpts/c.json')]).toEqual(['a-new', 'c-kept']);
    expect(readdirSync(dir).sort()).toEqual(['excerpts', 'manifest.json']);
    expect(readFileSync(path.join(path.dirname(dir), 'outside'), 'utf8')).toBe('not ours');
    rmSync(path.join(path.dirname(dir), 'outside'));
  });
});
