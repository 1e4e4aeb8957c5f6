import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgressBar } from '../../lib/ingest/progressBar';

describe('formatProgressBar', () => {
  it('shows done/total, share, rate and time left, filling the width', () => {
    const line = formatProgressBar({ done: 4210, total: 10_000, elapsedMs: 5000 }, 80);
    expect(line).toHaveLength(80);
    expect(line).toMatch(/^\[#+-+\] 4,210\/10,000 {2}42% {2}842 articles\/s {2}ETA 7s$/);
    const bar = line.slice(1, line.indexOf(']'));
    expect(bar.split('').filter((c) => c === '#').length).toBe(Math.floor(0.421 * bar.length));
  });

  it('shows no rate before there is a meaningful one, and "done" at the end', () => {
    expect(formatProgressBar({ done: 0, total: 5, elapsedMs: 0 }, 60)).toMatch(/^\[-+\] 0\/5 {2}0% {2}ETA --$/);
    expect(formatProgressBar({ done: 3, total: 5, elapsedMs: 100 }, 60)).toMatch(/ 3\/5 {2}60% {2}ETA --$/);
    expect(formatProgressBar({ done: 5, total: 5, elapsedMs: 2000 }, 60)).toMatch(/^\[#+\] 5\/5 {2}100% {2}3 articles\/s {2}done$/);
    expect(formatProgressBar({ done: 0, total: 0, elapsedMs: 0 }, 60)).toMatch(/100% {2}done$/);
  });

  it('keeps a minimal bar and never exceeds a narrow width', () => {
    const line = formatProgressBar({ done: 1, total: 1_000_000, elapsedMs: 1000 }, 30);
    expect(line.length).toBeLessThanOrEqual(30);
    expect(line.startsWith('[----------]')).toBe(true);
  });
});

describe('formatDuration', () => {
  it('uses seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(6.2)).toBe('7s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3720)).toBe('1h02m');
  });
});
