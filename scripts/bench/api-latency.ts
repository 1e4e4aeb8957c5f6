// API latency benchmark: /api/places and /api/places/{id}, each at 64 connections for 20 s.
// Goal: p99 <= 50 ms and no errors. Prints a markdown table; exits 1 when a goal is missed.
//
//   npx tsx scripts/bench/api-latency.ts               # starts `next start` on a free port (needs a build)
//   BASE_URL=http://127.0.0.1:3000 npx tsx scripts/bench/api-latency.ts
//
// Settings (environment): DURATION (s per endpoint, 20), CONNECTIONS (64), WARMUP (s, 3), P99_GOAL_MS (50);
// PATH_FORMS=1 adds the URLs the dashboard itself fetches (/api/places.json, /api/places/{id}/pages/1.json);
// GZIP=1 sends `Accept-Encoding: gzip` as browsers do (Next then compresses every answer per request).
import { pathToFileURL } from 'node:url';
import { PLACES_FILE_PATH, placePagePath } from '../../lib/url/apiPaths';
import { corpusIds, machineLine, markdownTable, numberSetting, runLoad, startServer } from './load';

async function main(): Promise<void> {
  const duration = numberSetting('DURATION', 20);
  const connections = numberSetting('CONNECTIONS', 64);
  const warmup = numberSetting('WARMUP', 3);
  const goal = numberSetting('P99_GOAL_MS', 50);
  const machine = machineLine();
  const server = await startServer();
  try {
    const ids = await corpusIds(server.baseURL);
    const endpoints: { name: string; paths: string[] }[] = [
      { name: '/api/places', paths: ['/api/places'] },
      { name: '/api/places/{id}', paths: ids.places.map((id) => `/api/places/${id}`) },
    ];
    if (process.env.PATH_FORMS === '1') {
      endpoints.push(
        { name: PLACES_FILE_PATH, paths: [PLACES_FILE_PATH] },
        { name: '/api/places/{id}/pages/1.json', paths: ids.places.map((id) => placePagePath(id, 1)) },
      );
    }
    const headers: Record<string, string> = process.env.GZIP === '1' ? { 'accept-encoding': 'gzip' } : {};
    const rows: (string | number)[][] = [];
    let failed = false;
    for (const endpoint of endpoints) {
      console.error(`[bench:api] ${endpoint.name}: warm-up ${warmup} s, then ${duration} s at ${connections} connections…`);
      await runLoad(server.baseURL, endpoint.paths, 8, warmup, headers);
      const result = await runLoad(server.baseURL, endpoint.paths, connections, duration, headers);
      const ok = result.latency.p99 <= goal && result.errors === 0 && result.timeouts === 0 && result.non2xx === 0;
      failed ||= !ok;
      rows.push([
        endpoint.name,
        result.requests.average.toFixed(1),
        result.latency.p50,
        result.latency.p90,
        result.latency.p99,
        result.latency.max,
        result.errors,
        result.timeouts,
        result.non2xx,
        ok ? 'PASS' : 'FAIL',
      ]);
    }
    console.log(`### API latency, ${connections} connections, ${duration} s per endpoint${headers['accept-encoding'] ? ', Accept-Encoding: gzip' : ''} (goal: p99 <= ${goal} ms, no errors)\n`);
    console.log(`Machine: ${machine}.\n`);
    console.log(markdownTable(['endpoint', 'requests/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'non-2xx', 'verdict'], rows));
    if (failed) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`bench:api failed: ${error.message}`);
    process.exit(1);
  });
}
