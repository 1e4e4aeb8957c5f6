// Which article files a run may leave unread: the state (size, mtime, ctime, inode) and article-cache key
// of every file the last run ingested. A file whose state is unchanged still has the content that key was
// computed from, so reading and hashing it again (a third of a re-ingest of 10,000 articles) is skipped.
// As in git's index, a file whose recorded mtime is close to the time the last run looked at it is read
// anyway: it could have been written again within the same timestamp tick, after it was read.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileState } from './readCorpus';

const FILE = 'files.json';
/** Files modified less than this long before the last run's scan are not trusted (coarse timestamps). */
export const RACY_WINDOW_MS = 2000;

interface StoredStates {
  version: string;
  articlesDir: string;
  /** Date.now() when the run that wrote this began looking at the files. */
  scannedAt: number;
  /** File name -> [size, mtimeMs, ctimeMs, ino, article cache key]. */
  files: Record<string, [number, number, number, number, string]>;
}

export class FileStates {
  private readonly next: StoredStates['files'] = {};

  private constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly articlesDir: string,
    private readonly previous: StoredStates | null,
    /** When this run began looking at the files. */
    readonly scannedAt: number,
  ) {}

  /** An unreadable record, or one of another version or articles directory, trusts nothing. */
  static open(cacheDir: string, version: string, articlesDir: string): FileStates {
    let previous: StoredStates | null = null;
    try {
      const stored = JSON.parse(readFileSync(path.join(cacheDir, FILE), 'utf8')) as Partial<StoredStates>;
      if (stored.version === version && stored.articlesDir === articlesDir && typeof stored.scannedAt === 'number' && stored.files) previous = stored as StoredStates;
    } catch {
      // no record yet
    }
    return new FileStates(cacheDir, version, articlesDir, previous, Date.now());
  }

  /** The cache key of the file's content when the file is as the last run left it, else undefined. */
  unchangedKey(fileName: string, state: FileState): string | undefined {
    const recorded = this.previous && Object.hasOwn(this.previous.files, fileName) ? this.previous.files[fileName] : undefined;
    if (!recorded) return undefined;
    const [size, mtimeMs, ctimeMs, ino, key] = recorded;
    if (size !== state.size || mtimeMs !== state.mtimeMs || ctimeMs !== state.ctimeMs || ino !== state.ino) return undefined;
    return mtimeMs < this.previous!.scannedAt - RACY_WINDOW_MS ? key : undefined;
  }

  /** Records the state a file had when its content (with this cache key) was read. */
  set(fileName: string, state: FileState, key: string): void {
    this.next[fileName] = [state.size, state.mtimeMs, state.ctimeMs, state.ino, key];
  }

  /** Replaces the record with this run's files (by a rename). */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const stored: StoredStates = { version: this.version, articlesDir: this.articlesDir, scannedAt: this.scannedAt, files: this.next };
    const file = path.join(this.dir, FILE);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(stored));
    renameSync(temporary, file);
  }
}
