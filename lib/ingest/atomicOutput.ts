// Replacing the generated outputs so that a run killed at any point leaves the previous outputs whole:
// everything is written into a staging directory beside the outputs, then moved in with renames. The
// renames are recorded in a journal first, so a run killed during the (sub-millisecond) swap is
// completed by the next run before it does anything else.
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const STAGING = '.ingest-staging';
const JOURNAL = '.ingest-swap';

export interface OutputFile {
  /** Path relative to the output directory, "/"-separated ("excerpts/russia.json"). */
  path: string;
  content: string;
}

/** Finishes a swap that a killed run left half done, or discards a staging directory it left. */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const staging = path.join(outDir, STAGING);
  if (existsSync(path.join(outDir, JOURNAL))) await swapIn(outDir, await readEntries(outDir));
  await rm(staging, { recursive: true, force: true });
}

/** Replaces the top-level entries named by `files` and `dirs` (e.g. "places.geojson", "excerpts") under
 *  `outDir`; `dirs` are replaced even when no file goes into them. Other top-level entries are left alone
 *  (the gazetteer, the cache). */
export async function writeOutputsAtomically(outDir: string, files: readonly OutputFile[], dirs: readonly string[] = []): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await recoverInterruptedWrite(outDir);
  const staging = path.join(outDir, STAGING);
  await mkdir(staging, { recursive: true });
  for (const dir of dirs) await mkdir(path.join(staging, dir), { recursive: true });
  const made = new Set<string>(dirs);
  for (const file of files) {
    const dir = path.dirname(file.path);
    if (dir !== '.' && !made.has(dir)) {
      await mkdir(path.join(staging, dir), { recursive: true });
      made.add(dir);
    }
    await writeFile(path.join(staging, file.path), file.content);
  }
  const entries = [...new Set([...dirs, ...files.map((f) => f.path.split('/')[0])])].sort();
  await writeFile(path.join(outDir, JOURNAL), `${entries.join('\n')}\n`);
  await swapIn(outDir, entries);
  await rm(staging, { recursive: true, force: true });
}

async function readEntries(outDir: string): Promise<string[]> {
  const text = await readFile(path.join(outDir, JOURNAL), 'utf8');
  return text.split('\n').filter((e) => e !== '');
}

/** Idempotent: moves each staged entry into place (old directories go to the staging trash first). Files
 *  are replaced by a single rename; the journal is removed last. */
async function swapIn(outDir: string, entries: readonly string[]): Promise<void> {
  const staging = path.join(outDir, STAGING);
  const trash = path.join(staging, '.replaced');
  await mkdir(trash, { recursive: true });
  // manifest.json last: readers that see the new manifest see every other new file too.
  const ordered = [...entries].sort((a, b) => Number(a === 'manifest.json') - Number(b === 'manifest.json'));
  for (const entry of ordered) {
    const staged = path.join(staging, entry);
    if (!existsSync(staged)) continue; // already moved in by an earlier, interrupted swap
    const target = path.join(outDir, entry);
    const old = await lstat(target).catch(() => null);
    if (old?.isDirectory()) await rename(target, path.join(trash, entry));
    await rename(staged, target);
  }
  await rm(path.join(outDir, JOURNAL), { force: true });
}
