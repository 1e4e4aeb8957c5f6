// Decides whether a production build is current, so `npm test` builds only when the sources changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Runs `npm run <script>` unless `stampFile` holds the current source hash and `outputs` all exist
 * (E2E_REBUILD=1 forces it); records the hash after a successful build.
 */
export function buildIfSourcesChanged(root: string, script: string, stampFile: string, outputs: readonly string[], label: string): void {
  const hash = sourceHash(root);
  const built = outputs.every((output) => existsSync(path.join(root, output)));
  if (built && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && !process.env.E2E_REBUILD) return;
  console.log(`[${label}] building (npm run ${script})…`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed; see the output above.`);
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, hash);
}
