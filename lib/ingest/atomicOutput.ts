// Replacing the generated outputs so that a run killed at any point leaves the previous outputs whole:
// new and changed files are written into a staging directory beside the outputs, then moved in with
// renames. The moves (and the removals of files that are no longer outputs) are recorded in a journal
// first, so a run killed during the swap is completed by the next run before it does anything else.
// Files that did not change are kept as they are: re-ingesting after one article changed moves a few
// files instead of rewriting ten thousand.
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const STAGING = '.ingest-staging';
const JOURNAL = '.ingest-swap';
/** Where replaced directories go until the staging directory is removed. */
const TRASH = '.replaced';
const MANIFEST = 'manifest.json';

export interface OutputFile {
  /** Path relative to the output directory, "/"-separated ("excerpts/russia.json"). */
  path: string;
  content: string;
}

export interface CommitSummary {
  written: number;
  kept: number;
  removed: number;
}

/** Finishes a swap that a killed run left half done, or discards a staging directory it left. */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const staging = path.join(outDir, STAGING);
  if (existsSync(path.join(outDir, JOURNAL))) await applyJournal(outDir, await readJournal(outDir));
  await rm(staging, { recursive: true, force: true });
}

/**
 * One replacement of the outputs. Every file of the new outputs is either written (staged now, moved in
 * at commit) or kept (unchanged on disk). `managedDirs` are the directories the outputs own entirely
 * ("articles", "excerpts"): at commit, a file in them that was neither written nor kept is removed.
 * Other entries of the output directory are left alone (the gazetteer, the cache).
 */
export class OutputTransaction {
  private readonly staging: string;
  private readonly existing = new Map<string, Set<string>>();
  private readonly written: string[] = [];
  private readonly kept = new Set<string>();
  private readonly madeDirs = new Set<string>();

  private constructor(private readonly outDir: string, private readonly managedDirs: readonly string[]) {
    this.staging = path.join(outDir, STAGING);
  }

  /** Recovers an interrupted swap first, so what `exists` reports is the previous run's whole output. */
  static async begin(outDir: string, managedDirs: readonly string[]): Promise<OutputTransaction> {
    await mkdir(outDir, { recursive: true });
    await recoverInterruptedWrite(outDir);
    const transaction = new OutputTransaction(outDir, managedDirs);
    await mkdir(transaction.staging, { recursive: true });
    for (const dir of managedDirs) transaction.existing.set(dir, new Set(listDir(path.join(outDir, dir))));
    return transaction;
  }

  /** Is `file` on disk now (as a file of a managed directory, or any top-level file)? */
  exists(file: string): boolean {
    const [dir, name] = splitManaged(file, this.managedDirs);
    return dir === undefined ? existsSync(path.join(this.outDir, file)) : this.existing.get(dir)!.has(name);
  }

  /** Stages `content` for `file`; the file is replaced at commit. */
  write(file: string, content: string): void {
    const dir = path.posix.dirname(file);
    if (dir !== '.' && !this.madeDirs.has(dir)) {
      mkdirSync(path.join(this.staging, dir), { recursive: true });
      this.madeDirs.add(dir);
    }
    writeFileSync(path.join(this.staging, file), content);
    this.written.push(file);
  }

  /** `file` is part of the new outputs as it is on disk. */
  keep(file: string): void {
    this.kept.add(file);
  }

  /** Drops what was staged, the outputs staying as they were; once the swap has begun (its journal is
   *  written), leaves everything for the next run to complete instead. */
  async abort(): Promise<void> {
    if (existsSync(path.join(this.outDir, JOURNAL))) return;
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Swaps the staged files in. A managed directory none of whose files is kept is swapped as a whole
   *  (one rename); otherwise its files are moved one by one and the files no longer wanted removed. */
  async commit(): Promise<CommitSummary> {
    const moves: string[] = [];
    const removals: string[] = [];
    const wholeDirs = new Set<string>();
    for (const dir of this.managedDirs) {
      const keptHere = [...this.kept].some((file) => splitManaged(file, this.managedDirs)[0] === dir);
      if (!keptHere) {
        wholeDirs.add(dir);
        mkdirSync(path.join(this.staging, dir), { recursive: true }); // replaced even when nothing goes in
        moves.push(dir);
        continue;
      }
      const wanted = new Set<string>();
      for (const file of [...this.written, ...this.kept]) {
        const [fileDir, name] = splitManaged(file, this.managedDirs);
        if (fileDir === dir) wanted.add(name);
      }
      for (const name of this.existing.get(dir)!) if (!wanted.has(name)) removals.push(`${dir}/${name}`);
    }
    for (const file of this.written) {
      const [dir] = splitManaged(file, this.managedDirs);
      if (dir === undefined || !wholeDirs.has(dir)) moves.push(file);
    }
    if (moves.length === 0 && removals.length === 0) {
      await rm(this.staging, { recursive: true, force: true });
      return { written: 0, kept: this.kept.size, removed: 0 };
    }
    // manifest.json last: readers that see the new manifest see every other new file too; removals
    // after it, so that no file the old manifest names disappears before the new manifest is in.
    moves.sort((a, b) => Number(a === MANIFEST) - Number(b === MANIFEST) || (a < b ? -1 : a > b ? 1 : 0));
    const journal = [...moves.map((m) => `move ${m}`), ...removals.map((r) => `remove ${r}`)];
    // Written whole, then renamed: a torn journal could name a shorter path than meant.
    const pending = path.join(this.outDir, `${JOURNAL}.tmp`);
    writeFileSync(pending, `${journal.join('\n')}\n`);
    renameSync(pending, path.join(this.outDir, JOURNAL));
    await applyJournal(this.outDir, parseJournal(journal.join('\n')));
    await rm(this.staging, { recursive: true, force: true });
    // A directory swapped whole drops the old files that were not written again.
    let removed = removals.length;
    for (const dir of wholeDirs) {
      const rewritten = new Set(this.written.map((f) => splitManaged(f, this.managedDirs)).filter(([d]) => d === dir).map(([, name]) => name));
      for (const name of this.existing.get(dir)!) if (!rewritten.has(name)) removed++;
    }
    return { written: this.written.length, kept: this.kept.size, removed };
  }
}

/** Replaces the top-level entries named by `files` and `dirs` (e.g. "places.geojson", "excerpts") under
 *  `outDir` with exactly these files; `dirs` are replaced even when no file goes into them. Other
 *  top-level entries are left alone (the gazetteer, the cache). */
export async function writeOutputsAtomically(outDir: string, files: readonly OutputFile[], dirs: readonly string[] = []): Promise<void> {
  const managed = [...new Set([...dirs, ...files.map((f) => f.path.split('/')).filter((parts) => parts.length > 1).map((parts) => parts[0])])];
  const transaction = await OutputTransaction.begin(outDir, managed);
  for (const file of files) transaction.write(file.path, file.content);
  await transaction.commit();
}

type JournalEntry = { op: 'move' | 'remove'; path: string };

function parseJournal(text: string): JournalEntry[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      if (line.startsWith('move ')) return { op: 'move', path: line.slice(5) };
      if (line.startsWith('remove ')) return { op: 'remove', path: line.slice(7) };
      return { op: 'move', path: line }; // journals of earlier versions: one top-level entry per line
    });
}

async function readJournal(outDir: string): Promise<JournalEntry[]> {
  return parseJournal(await readFile(path.join(outDir, JOURNAL), 'utf8'));
}

/** Idempotent: moves each staged entry into place (a replaced directory goes to the staging trash first;
 *  a file is replaced by a single rename) and removes what is to be removed; the journal goes last. */
async function applyJournal(outDir: string, entries: readonly JournalEntry[]): Promise<void> {
  const staging = path.join(outDir, STAGING);
  const trash = path.join(staging, TRASH);
  for (const { op, path: entry } of entries) {
    if (entry === '' || entry.split('/').some((part) => part === '..' || part === '')) continue; // never outside outDir
    const target = path.join(outDir, entry);
    if (op === 'remove') {
      await rm(target, { recursive: true, force: true });
      continue;
    }
    const staged = path.join(staging, entry);
    if (!existsSync(staged)) continue; // already moved in by an earlier, interrupted swap
    const old = await lstat(target).catch(() => null);
    if (old?.isDirectory()) {
      await mkdir(path.dirname(path.join(trash, entry)), { recursive: true });
      await rename(target, path.join(trash, entry));
    } else if (!old) {
      await mkdir(path.dirname(target), { recursive: true });
    }
    await rename(staged, target);
  }
  await rm(path.join(outDir, JOURNAL), { force: true });
}

/** [managed dir, file name] for a file directly in a managed directory, else [undefined, file]. */
function splitManaged(file: string, managedDirs: readonly string[]): [string | undefined, string] {
  const slash = file.indexOf('/');
  if (slash < 0) return [undefined, file];
  const dir = file.slice(0, slash);
  const name = file.slice(slash + 1);
  return managedDirs.includes(dir) && !name.includes('/') ? [dir, name] : [undefined, file];
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
