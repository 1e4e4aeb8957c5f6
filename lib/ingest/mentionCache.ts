// Cache of geoparser output per article text (Node fs), so re-ingesting a corpus where one article changed
// only geoparses that article. Keyed by a hash of the text and of the parser version (gazetteer data +
// geoparser code), so any change to either invalidates every entry.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Mention } from '../types';

export class MentionCache {
  private readonly used = new Set<string>();
  constructor(private readonly dir: string, private readonly parserVersion: string) {}

  key(text: string): string {
    return createHash('sha256').update(this.parserVersion).update('\0').update(text).digest('hex');
  }

  /** The cached mentions for `text`, or null when absent or unreadable (a corrupt entry is just a miss). */
  async get(text: string): Promise<Mention[] | null> {
    const key = this.key(text);
    this.used.add(key);
    try {
      const value: unknown = JSON.parse(await readFile(this.file(key), 'utf8'));
      return isMentionList(value, text) ? value : null;
    } catch {
      return null;
    }
  }

  async set(text: string, mentions: readonly Mention[]): Promise<void> {
    const key = this.key(text);
    this.used.add(key);
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.file(key)}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(mentions));
    await rename(tmp, this.file(key));
  }

  /** Deletes entries not read or written since this cache object was created. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.filter((n) => !this.used.has(n.replace(/\.json$/, ''))).map((n) => rm(path.join(this.dir, n), { force: true })),
    );
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}

function isMentionList(value: unknown, text: string): value is Mention[] {
  return (
    Array.isArray(value) &&
    value.every(
      (m: Partial<Mention>) =>
        m !== null && typeof m === 'object' && typeof m.start === 'number' && typeof m.end === 'number' &&
        typeof m.placeId === 'string' && typeof m.text === 'string' && text.slice(m.start, m.end) === m.text,
    )
  );
}
