// npm run gazetteer: builds data/generated/gazetteer/{records,shapes,shape-levels}.json from registry packages.
// Always rebuilds (use ensureGazetteer() from lib/gazetteer/build for the build-if-stale variant).
import { formatSummary, writeGazetteer } from '../lib/gazetteer/build';

try {
  console.log(formatSummary(writeGazetteer()));
} catch (error) {
  console.error(`gazetteer: build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
