// `npm run bench`: every benchmark, one after the other (they would disturb each other in parallel).
// Each prints its own markdown table; docs/BENCHMARKS.md records the figures and the machine.
import { spawnSync } from 'node:child_process';

const BENCHMARKS = ['bench:geoparse', 'bench:ingest', 'bench:pages', 'bench:api', 'bench:load', 'bench:pageload'];

let failed = 0;
for (const name of BENCHMARKS) {
  console.log(`\n## npm run ${name}\n`);
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${name} exited with code ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
