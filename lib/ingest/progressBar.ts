// The one-line progress bar `npm run ingest` redraws on a terminal: done/total, share, rate and time left.

export interface ProgressState {
  done: number;
  total: number;
  /** Since the first article. */
  elapsedMs: number;
}

/** Below this much time the rate is noise: no rate or ETA is shown yet. */
const MIN_ELAPSED_MS = 250;
const MIN_BAR = 10;

const count = (n: number): string => n.toLocaleString('en-US');

/** "7s", "2m05s", "1h02m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One line of at most `width` characters: "[#####-----] 4,210/10,000  42%  812 articles/s  ETA 7s". */
export function formatProgressBar({ done, total, elapsedMs }: ProgressState, width = 80): string {
  const shown = Math.min(Math.max(done, 0), total);
  const share = total === 0 ? 1 : shown / total;
  const rate = elapsedMs >= MIN_ELAPSED_MS && shown > 0 ? shown / (elapsedMs / 1000) : undefined;
  const eta = shown >= total ? 'done' : rate === undefined ? 'ETA --' : `ETA ${formatDuration((total - shown) / rate)}`;
  const speed = rate === undefined ? '' : `  ${count(Math.round(rate))} articles/s`;
  const text = ` ${count(shown)}/${count(total)}  ${Math.floor(share * 100)}%${speed}  ${eta}`;
  const barWidth = Math.max(MIN_BAR, width - text.length - 2);
  const filled = Math.floor(share * barWidth);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${text}`;
  return line.length > width ? line.slice(0, width) : line;
}
