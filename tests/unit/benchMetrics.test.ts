import { describe, expect, it } from 'vitest';
import {
  cumulativeLayoutShift,
  mapDrawnTime,
  median,
  percentile,
  scriptBytes,
  totalBlockingTime,
} from '../../scripts/bench/lib/metrics';

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates between closest ranks', () => {
    const values = Array.from({ length: 21 }, (_, i) => i * 10); // 0..200
    expect(percentile(values, 95)).toBe(190);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5, 10);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN without values and ignores non-finite ones', () => {
    expect(median([])).toBeNaN();
    expect(median([Number.NaN, 4])).toBe(4);
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(/0\.\.100/);
  });
});

describe('totalBlockingTime', () => {
  it('counts what each long task spends beyond 50 ms', () => {
    expect(totalBlockingTime([{ startTime: 100, duration: 80 }, { startTime: 300, duration: 50 }, { startTime: 400, duration: 120 }], 0, 1000)).toBe(100);
  });

  it('counts only the part of a task inside the window', () => {
    // 200 ms task starting 100 ms before the window: 100 ms inside, 50 ms blocking.
    expect(totalBlockingTime([{ startTime: 0, duration: 200 }], 100, 1000)).toBe(50);
    // Cut at the end as well.
    expect(totalBlockingTime([{ startTime: 900, duration: 300 }], 0, 1000)).toBe(50);
    expect(totalBlockingTime([{ startTime: 1200, duration: 300 }], 0, 1000)).toBe(0);
  });
});

describe('cumulativeLayoutShift', () => {
  it('ignores shifts right after input', () => {
    expect(cumulativeLayoutShift([{ startTime: 10, value: 0.5, hadRecentInput: true }])).toBe(0);
  });

  it('takes the largest session window, not the sum of all shifts', () => {
    const shifts = [
      { startTime: 0, value: 0.1, hadRecentInput: false },
      { startTime: 500, value: 0.1, hadRecentInput: false },
      // More than 1 s later: a new window.
      { startTime: 3000, value: 0.15, hadRecentInput: false },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.2, 10);
  });

  it('caps a window at 5 s', () => {
    const shifts = Array.from({ length: 8 }, (_, i) => ({ startTime: i * 900, value: 0.1, hadRecentInput: false }));
    // Windows start at 0 (0..4500: 6 shifts) and 5400 (2 shifts).
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.6, 10);
  });
});

describe('scriptBytes', () => {
  const map = { url: 'map.js', startTime: 200, responseEnd: 900, encodedBodySize: 5000 };
  const scripts = [
    { url: 'a.js', startTime: 10, responseEnd: 50, encodedBodySize: 1000 },
    map,
    { url: 'late.js', startTime: 300, responseEnd: 400, encodedBodySize: 200 },
    { url: 'after.js', startTime: 950, responseEnd: 990, encodedBodySize: 70 },
  ];

  it('splits the total at the map library request, and counts what loaded while it did', () => {
    expect(scriptBytes(scripts, map)).toEqual({ total: 6270, beforeMap: 1000, whileMap: 1200 });
  });

  it('never counts the map library as before or beside itself', () => {
    const sameStart = [{ ...scripts[0], startTime: 200 }, map];
    expect(scriptBytes(sameStart, map)).toEqual({ total: 6000, beforeMap: 0, whileMap: 1000 });
  });

  it('counts everything as before the map when the map library never loaded', () => {
    expect(scriptBytes(scripts, null)).toEqual({ total: 6270, beforeMap: 6270, whileMap: 6270 });
  });
});

describe('mapDrawnTime', () => {
  it('is the last idle', () => {
    expect(
      mapDrawnTime([
        { state: 'idle', time: 100 },
        { state: 'moving', time: 150 },
        { state: 'idle', time: 400 },
        { state: 'idle', time: 700 },
      ]),
    ).toBe(700);
  });

  it('is null while the map is still moving or never drew', () => {
    expect(mapDrawnTime([{ state: 'idle', time: 100 }, { state: 'moving', time: 150 }])).toBeNull();
    expect(mapDrawnTime([])).toBeNull();
  });
});
