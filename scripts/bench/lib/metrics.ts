// Pure arithmetic of the page-load benchmark: statistics over runs and the web-vitals style summaries
// (total blocking time, cumulative layout shift) computed from raw PerformanceObserver entries.

/** A long task as the 'longtask' PerformanceObserver reports it (ms on the page's clock). */
export interface TaskSpan {
  startTime: number;
  duration: number;
}

/** A 'layout-shift' entry, reduced to what CLS needs. */
export interface ShiftEntry {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

export const LONG_TASK_THRESHOLD_MS = 50;

/** Median of the numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile with linear interpolation between closest ranks (the same rule as numpy's default),
 * so p50 of an even count is the mean of the middle two. NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new RangeError(`percentile: p must be within 0..100, got ${p}`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/**
 * Total blocking time between `from` and `to`: for each long task, the part of it inside the window,
 * less the first 50 ms (the Lighthouse rule: a task cut by the window counts only its inside part).
 */
export function totalBlockingTime(tasks: readonly TaskSpan[], from: number, to: number): number {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(task.startTime, from);
    const end = Math.min(task.startTime + task.duration, to);
    const inside = end - start;
    if (inside > LONG_TASK_THRESHOLD_MS) total += inside - LONG_TASK_THRESHOLD_MS;
  }
  return total;
}

/**
 * Cumulative layout shift as Chrome defines it: shifts without recent input, grouped into session
 * windows (a gap under 1 s, a window at most 5 s long); the score is the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly ShiftEntry[]): number {
  const counted = shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  let best = 0;
  let windowSum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const shift of counted) {
    if (shift.startTime - previous >= 1000 || shift.startTime - windowStart >= 5000) {
      windowSum = 0;
      windowStart = shift.startTime;
    }
    windowSum += shift.value;
    previous = shift.startTime;
    best = Math.max(best, windowSum);
  }
  return best;
}

/** A script response as Resource Timing reports it. */
export interface ScriptResource {
  url: string;
  startTime: number;
  responseEnd: number;
  encodedBodySize: number;
}

export interface ScriptBytes {
  total: number;
  /** Scripts whose request started before the map library's did (the map library itself excluded). */
  beforeMap: number;
  /**
   * Scripts other than the map library whose request started before it had arrived: what shared the
   * link with it. Once the HTML names the map chunk, it starts with the framework, so "before" is
   * nearly empty and this is the figure that delays the map.
   */
  whileMap: number;
}

/** Encoded (on-the-wire, compressed) script bytes: in all, before the map library began to load, and
 * while it loaded. `mapLibrary` is its own entry among `scripts` (matched by URL), or null if it never loaded. */
export function scriptBytes(scripts: readonly ScriptResource[], mapLibrary: ScriptResource | null): ScriptBytes {
  let total = 0;
  let beforeMap = 0;
  let whileMap = 0;
  for (const s of scripts) {
    total += s.encodedBodySize;
    if (mapLibrary && s.url === mapLibrary.url) continue;
    if (mapLibrary === null || s.startTime < mapLibrary.startTime) beforeMap += s.encodedBodySize;
    if (mapLibrary === null || s.startTime < mapLibrary.responseEnd) whileMap += s.encodedBodySize;
  }
  return { total, beforeMap, whileMap };
}

/**
 * When the map was drawn: the time of the last `idle`, given every time its state attribute was set.
 * Maplibre goes idle once on the bare style and again after the places and any camera move are drawn,
 * so the last one counts. Null when the map did not end idle (still loading or moving).
 */
export function mapDrawnTime(states: ReadonlyArray<{ state: string; time: number }>): number | null {
  const last = states.at(-1);
  return last && last.state === 'idle' ? last.time : null;
}
