// Decides whether the production build is current, so `npm test` builds only when the sources changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'data/articles', 'scripts', 'public', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const SKIP = /(^|\/)(node_modules|\.next|generated|\.cache)(\/|$)|\.test\.ts$/;

function filesUnder(entry: string): string[] {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return [];
  }
  if (stat.isFile()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => {
      const child = path.join(entry, name);
      return SKIP.test(child) ? [] : filesUnder(child);
    });
}

export function sourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesUnder(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}
