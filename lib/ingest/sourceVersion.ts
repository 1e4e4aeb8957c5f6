// A version string for cache keys: a hash of the contents of files and directories (Node fs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** sha256 over the relative paths and bytes of every file under `roots`, in sorted order. Missing
 *  roots contribute only their name, so the version still changes when they appear. */
export function hashSources(roots: readonly string[]): string {
  const hash = createHash('sha256');
  for (const root of roots) {
    hash.update(`root:${path.basename(root)}\0`);
    for (const file of listFiles(root)) {
      hash.update(`${path.relative(root, file)}\0`);
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(entry: string): string[] {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return [];
  }
  if (info.isFile()) return [entry];
  if (!info.isDirectory()) return [];
  return readdirSync(entry)
    .sort()
    .filter((name) => !name.startsWith('.') && !name.endsWith('.test.ts'))
    .flatMap((name) => listFiles(path.join(entry, name)));
}
