// Snap points of the phone bottom sheet: where it rests, and where it goes when a drag ends.
// Heights are the visible part of the sheet in CSS pixels, measured up from the bottom of the viewport.

export type SnapPoint = 'peek' | 'half' | 'full';
/** Where a drag may end: a snap point, or closed (only when the sheet can be closed). */
export type SheetTarget = SnapPoint | 'closed';

export const SNAP_ORDER: readonly SnapPoint[] = ['peek', 'half', 'full'];

export interface SheetGeometry {
  peek: number;
  half: number;
  full: number;
}

export interface GeometryInput {
  viewportHeight: number;
  /** Height the peek content wants (handle, title and counts), measured from the top of the sheet. */
  peekContentHeight: number;
  /** Space kept free above the full sheet (status bar / notch inset plus a strip of map). */
  topInset: number;
}

/** The peek never covers more than this share of the screen, so the map keeps at least half of it. */
export const MAX_PEEK_SHARE = 0.45;
export const MIN_PEEK_PX = 96;
export const HALF_SHARE = 0.6;
/** Smallest gap between neighbouring snap points, so every snap is reachable by a drag. */
export const MIN_SNAP_GAP_PX = 48;
/** How far ahead (ms) a release velocity carries the sheet before the nearest snap is chosen. */
export const PROJECTION_MS = 180;
/** A downward release from peek closes the sheet when it would end below this share of the peek. */
export const CLOSE_SHARE = 0.55;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function sheetGeometry({ viewportHeight, peekContentHeight, topInset }: GeometryInput): SheetGeometry {
  const vh = Math.max(0, viewportHeight);
  const full = Math.max(0, Math.round(vh - Math.max(0, topInset)));
  const peekCap = Math.max(MIN_PEEK_PX, Math.floor(vh * MAX_PEEK_SHARE));
  const peek = Math.min(full, Math.round(clamp(peekContentHeight, MIN_PEEK_PX, peekCap)));
  const halfWanted = Math.round(vh * HALF_SHARE);
  const half = Math.round(clamp(halfWanted, Math.min(full, peek + MIN_SNAP_GAP_PX), Math.max(peek, full - MIN_SNAP_GAP_PX)));
  return { peek, half: clamp(half, peek, full), full };
}

export function heightOf(snap: SnapPoint, geometry: SheetGeometry): number {
  return geometry[snap];
}

/** Visible height while the finger is down: follows the finger, with resistance beyond full and below zero. */
export function dragHeight(startHeight: number, dragDistance: number, geometry: SheetGeometry): number {
  const raw = startHeight - dragDistance;
  if (raw > geometry.full) return geometry.full + Math.sqrt(raw - geometry.full) * 2;
  return Math.max(0, raw);
}

export interface ReleaseInput {
  current: SnapPoint;
  /** Finger travel since the drag started, in px; positive is downward. */
  dragDistance: number;
  /** Finger velocity at release, in px/ms; positive is downward. */
  velocity: number;
  geometry: SheetGeometry;
  /** Whether a swipe down from peek may close the sheet (a place or article is open). */
  closable: boolean;
}

/** The snap the sheet settles on when the finger lifts: the nearest to where the fling would carry it. */
export function releaseTarget({ current, dragDistance, velocity, geometry, closable }: ReleaseInput): SheetTarget {
  const released = heightOf(current, geometry) - dragDistance;
  const projected = released - velocity * PROJECTION_MS;
  if (closable && projected < geometry.peek * CLOSE_SHARE && (current === 'peek' || released < geometry.peek)) return 'closed';
  let best: SnapPoint = 'peek';
  for (const snap of SNAP_ORDER) {
    if (Math.abs(geometry[snap] - projected) < Math.abs(geometry[best] - projected)) best = snap;
  }
  return best;
}

/** Velocity (px/ms, positive downward) over the samples of the last `windowMs` before the last sample. */
export function releaseVelocity(samples: ReadonlyArray<{ t: number; y: number }>, windowMs = 100): number {
  if (samples.length < 2) return 0;
  const last = samples[samples.length - 1];
  let first = samples[samples.length - 2];
  for (let i = samples.length - 2; i >= 0; i--) {
    if (last.t - samples[i].t > windowMs) break;
    first = samples[i];
  }
  const dt = last.t - first.t;
  return dt > 0 ? (last.y - first.y) / dt : 0;
}

/** The handle button's action: peek → half → full → peek. */
export function nextSnapOnActivate(current: SnapPoint): SnapPoint {
  return SNAP_ORDER[(SNAP_ORDER.indexOf(current) + 1) % SNAP_ORDER.length];
}

/** Arrow keys on the handle: up grows the sheet, down shrinks it; stops at the ends. */
export function stepSnap(current: SnapPoint, direction: 'up' | 'down'): SnapPoint {
  const i = SNAP_ORDER.indexOf(current) + (direction === 'up' ? 1 : -1);
  return SNAP_ORDER[clamp(i, 0, SNAP_ORDER.length - 1)];
}
