// One ingest at a time per output directory: two runs would share the staging directory and cache.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const LOCK = '.ingest-lock';

/** Takes the lock (a file holding the owner's pid); a lock whose process is gone (killed run) is taken
 *  over. Returns the release function. */
export async function acquireIngestLock(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new Error(`another ingest (pid ${owner}) is writing ${outDir}; wait for it to finish (or delete ${file} if it is stale)`);
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`cannot take the ingest lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
