import { describe, expect, it } from 'vitest';
import {
  dragHeight,
  MAX_PEEK_SHARE,
  MIN_SNAP_GAP_PX,
  nextSnapOnActivate,
  releaseTarget,
  releaseVelocity,
  sheetGeometry,
  stepSnap,
  type SheetGeometry,
} from '../../lib/sheet/snap';

const portrait = sheetGeometry({ viewportHeight: 844, peekContentHeight: 170, topInset: 56 });

describe('sheetGeometry', () => {
  it('keeps the peek at its content height, half in between, full below the top inset', () => {
    expect(portrait.peek).toBe(170);
    expect(portrait.full).toBe(844 - 56);
    expect(portrait.half).toBeGreaterThan(portrait.peek);
    expect(portrait.half).toBeLessThan(portrait.full);
  });

  it('caps the peek so that the map keeps more than half of the screen', () => {
    const g = sheetGeometry({ viewportHeight: 740, peekContentHeight: 600, topInset: 40 });
    expect(g.peek).toBeLessThanOrEqual(740 * MAX_PEEK_SHARE);
    expect(740 - g.peek).toBeGreaterThanOrEqual(740 / 2);
  });

  it('keeps three distinct, reachable snaps in a short landscape viewport', () => {
    const g = sheetGeometry({ viewportHeight: 390, peekContentHeight: 200, topInset: 24 });
    expect(g.full).toBe(366);
    expect(g.peek).toBeLessThanOrEqual(390 * MAX_PEEK_SHARE);
    expect(g.half - g.peek).toBeGreaterThanOrEqual(MIN_SNAP_GAP_PX);
    expect(g.full - g.half).toBeGreaterThanOrEqual(MIN_SNAP_GAP_PX);
  });

  it('never returns negative or inverted heights for a tiny viewport', () => {
    const g = sheetGeometry({ viewportHeight: 80, peekContentHeight: 200, topInset: 100 });
    expect(g.full).toBe(0);
    expect(g.peek).toBeLessThanOrEqual(g.half);
    expect(g.half).toBeLessThanOrEqual(g.full);
  });
});

describe('releaseTarget', () => {
  const g: SheetGeometry = { peek: 160, half: 500, full: 780 };
  const release = (current: 'peek' | 'half' | 'full', dragDistance: number, velocity = 0, closable = true) =>
    releaseTarget({ current, dragDistance, velocity, geometry: g, closable });

  it('returns to the same snap after a small slow drag', () => {
    expect(release('half', 40)).toBe('half');
    expect(release('half', -40)).toBe('half');
  });

  it('settles on the nearest snap after a long slow drag', () => {
    expect(release('peek', -300)).toBe('half');
    expect(release('peek', -580)).toBe('full');
    expect(release('full', 600)).toBe('peek');
  });

  it('carries a fast fling further than the finger went', () => {
    expect(release('peek', -60, 0)).toBe('peek');
    expect(release('peek', -60, -2)).toBe('half');
    expect(release('half', 60, 2)).toBe('peek');
  });

  it('closes on a swipe down from peek only when the sheet can be closed', () => {
    expect(release('peek', 100, 0.5)).toBe('closed');
    expect(release('peek', 100, 0.5, false)).toBe('peek');
    expect(release('peek', 20, 0)).toBe('peek');
  });

  it('does not close from full on a long fling unless the sheet ends below peek', () => {
    expect(release('full', 300, 3)).toBe('peek');
    expect(release('full', 700, 3)).toBe('closed');
  });
});

describe('dragHeight', () => {
  const g: SheetGeometry = { peek: 160, half: 500, full: 780 };
  it('follows the finger between the snaps', () => {
    expect(dragHeight(500, 100, g)).toBe(400);
    expect(dragHeight(500, -100, g)).toBe(600);
  });
  it('resists beyond full and stops at zero', () => {
    const over = dragHeight(780, -100, g);
    expect(over).toBeGreaterThan(780);
    expect(over).toBeLessThan(880);
    expect(dragHeight(160, 400, g)).toBe(0);
  });
});

describe('releaseVelocity', () => {
  it('measures the recent motion in px/ms, downward positive', () => {
    const samples = [
      { t: 0, y: 0 },
      { t: 500, y: 10 },
      { t: 550, y: 60 },
      { t: 600, y: 110 },
    ];
    expect(releaseVelocity(samples)).toBeCloseTo(1, 5);
  });
  it('is zero without motion to measure', () => {
    expect(releaseVelocity([])).toBe(0);
    expect(releaseVelocity([{ t: 10, y: 5 }])).toBe(0);
  });
});

describe('keyboard and button steps', () => {
  it('cycles peek → half → full → peek on activation', () => {
    expect(nextSnapOnActivate('peek')).toBe('half');
    expect(nextSnapOnActivate('half')).toBe('full');
    expect(nextSnapOnActivate('full')).toBe('peek');
  });
  it('steps up and down without wrapping', () => {
    expect(stepSnap('peek', 'up')).toBe('half');
    expect(stepSnap('full', 'up')).toBe('full');
    expect(stepSnap('half', 'down')).toBe('peek');
    expect(stepSnap('peek', 'down')).toBe('peek');
  });
});
