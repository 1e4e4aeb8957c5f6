// Load benchmark of the production server: a mix of pages and API calls at 64 connections for 60 s,
// with the server's memory sampled every second. Prints a markdown table.
//
//   npx tsx scripts/bench/load.ts                      # starts `next start` on a free port (needs a build)
//   BASE_URL=http://127.0.0.1:3000 SERVER_PID=1234 npx tsx scripts/bench/load.ts
//
// Settings (environment): DURATION (s, 60), CONNECTIONS (64), WARMUP (s, 60), MAX_RSS_GROWTH (%, 10).
// The warm-up runs the same load unmeasured: V8 grows its heap under load for the first tens of
// seconds, and a cold start would read as growth. After that RSS follows a GC sawtooth.
// The helpers are exported for scripts/bench/api-latency.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startNextServer, type ServerProcess } from '../lib/serverProcess';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The part of autocannon's result these benchmarks read (autocannon ships no types). */
export interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests?: { path: string; method?: string; headers?: Record<string, string> }[];
}

type Autocannon = (options: AutocannonOptions) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export function numberSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}="${raw}" must be a positive number.`);
  return value;
}

/** `headers` go with every request, e.g. `Accept-Encoding: gzip` to measure what a browser costs the server. */
export function runLoad(baseURL: string, paths: string[], connections: number, durationSeconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  return autocannon({ url: baseURL, connections, duration: durationSeconds, requests: paths.map((p) => ({ path: p, method: 'GET', headers })) });
}

/** The server under test; its memory is sampled when its pid is known (started here, or SERVER_PID). */
export type Server = ServerProcess;

/** The server under test: BASE_URL if set, otherwise `next start` on a free port from this checkout. */
export async function startServer(): Promise<Server> {
  const external = process.env.BASE_URL?.replace(/\/$/, '');
  if (external) {
    const pid = process.env.SERVER_PID ? numberSetting('SERVER_PID', 0) : null;
    return { baseURL: external, pid, stop: async () => undefined };
  }
  return startNextServer(root);
}

export interface CorpusIds {
  places: string[];
  articles: string[];
}

export async function corpusIds(baseURL: string): Promise<CorpusIds> {
  const places = (await (await fetch(`${baseURL}/api/places`)).json()) as { features: { properties: { id: string } }[] };
  const articles = (await (await fetch(`${baseURL}/api/articles`)).json()) as { articles: { id: string }[] };
  const ids = { places: places.features.map((f) => f.properties.id), articles: articles.articles.map((a) => a.id) };
  if (ids.places.length === 0 || ids.articles.length === 0) throw new Error(`The corpus at ${baseURL} has no places or no articles.`);
  return ids;
}

/** Resident memory (kB) of a process and its descendants, from /proc (Linux). */
export function treeRssKb(pid: number): number | null {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  let found = false;
  const visit = (p: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (rss) {
        total += Number(rss[1]);
        found = true;
      }
    } catch {
      // the process ended meanwhile
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return found ? total : null;
}

/** Samples the server's RSS once a second until stopped. */
export function sampleMemory(pid: number | null): { stop: () => number[] } {
  const samples: number[] = [];
  if (pid === null) return { stop: () => samples };
  const take = () => {
    const rss = treeRssKb(pid);
    if (rss !== null) samples.push(rss);
  };
  take();
  const timer = setInterval(take, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

export interface MemoryGrowth {
  firstMeanMb: number;
  lastMeanMb: number;
  minMb: number;
  peakMb: number;
  /** Mean of the last window against the mean of the first (the goal: at most MAX_RSS_GROWTH). */
  growthPercent: number;
  /**
   * Lowest sample of the last third against the lowest of the first third: under steady load RSS
   * follows V8's GC sawtooth, and these floors (just after a major GC) track live memory, i.e. leaks.
   */
  floorGrowthPercent: number;
}

/** Growth between the mean of the first and of the last `window` samples (one a second). */
export function memoryGrowth(samplesKb: number[], window = 10): MemoryGrowth | null {
  if (samplesKb.length < 2 * window) return null;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const first = mean(samplesKb.slice(0, window));
  const last = mean(samplesKb.slice(-window));
  const third = Math.floor(samplesKb.length / 3);
  const firstFloor = Math.min(...samplesKb.slice(0, third));
  const lastFloor = Math.min(...samplesKb.slice(-third));
  return {
    floorGrowthPercent: ((lastFloor - firstFloor) / firstFloor) * 100,
    firstMeanMb: first / 1024,
    lastMeanMb: last / 1024,
    minMb: Math.min(...samplesKb) / 1024,
    peakMb: Math.max(...samplesKb) / 1024,
    growthPercent: ((last - first) / first) * 100,
  };
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  return `${os.cpus().length} CPUs (${cpu}), Node ${process.version}, load average before the run ${load}`;
}

/** One request of each kind per id, so every page and API route is hit equally often. */
export function requestMix(ids: CorpusIds): string[] {
  const count = Math.max(ids.places.length, ids.articles.length);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = ids.places[i % ids.places.length];
    const article = ids.articles[i % ids.articles.length];
    paths.push('/', `/places/${place}`, `/articles/${article}`, '/api/places', `/api/places/${place}`);
  }
  return paths;
}

const f1 = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const duration = numberSetting('DURATION', 60);
  const connections = numberSetting('CONNECTIONS', 64);
  const warmup = numberSetting('WARMUP', 60);
  const maxGrowth = numberSetting('MAX_RSS_GROWTH', 10);
  const machine = machineLine();
  const server = await startServer();
  try {
    const ids = await corpusIds(server.baseURL);
    const paths = requestMix(ids);
    console.error(`[bench:load] ${server.baseURL}: ${paths.length} paths in the mix, warm-up ${warmup} s, then ${duration} s, both at ${connections} connections…`);
    await runLoad(server.baseURL, paths, connections, warmup);
    const memory = sampleMemory(server.pid);
    const result = await runLoad(server.baseURL, paths, connections, duration);
    const growth = memoryGrowth(memory.stop());
    const failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0 || (growth !== null && growth.growthPercent > maxGrowth);
    console.log(`### Load: pages and API mix, ${connections} connections, ${duration} s\n`);
    console.log(`Machine: ${machine}. Warm-up: ${warmup} s at the same load, not measured. Mix: ${paths.length} paths cycled per connection (/, /places/{id}, /articles/{id}, /api/places, /api/places/{id}).\n`);
    console.log(
      markdownTable(
        ['requests/s', 'requests', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'non-2xx', 'RSS first 10 s MB', 'RSS last 10 s MB', 'RSS min–max MB', 'RSS growth', 'RSS floor growth', 'verdict'],
        [
          [
            f1(result.requests.average),
            result.requests.total,
            result.latency.p50,
            result.latency.p90,
            result.latency.p99,
            result.latency.max,
            result.errors,
            result.timeouts,
            result.non2xx,
            growth ? f1(growth.firstMeanMb) : 'n/a',
            growth ? f1(growth.lastMeanMb) : 'n/a',
            growth ? `${f1(growth.minMb)}–${f1(growth.peakMb)}` : 'n/a',
            growth ? `${f1(growth.growthPercent)} %` : server.pid === null ? 'n/a (set SERVER_PID)' : 'n/a (run < 20 s)',
            growth ? `${f1(growth.floorGrowthPercent)} %` : 'n/a',
            failed ? 'FAIL' : 'PASS',
          ],
        ],
      ),
    );
    if (failed) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`bench:load failed: ${error.message}`);
    process.exit(1);
  });
}
