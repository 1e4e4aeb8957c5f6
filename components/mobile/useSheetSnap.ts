'use client';
import { useState } from 'react';
import type { SheetGeometry, SnapPoint } from '@/lib/sheet/snap';

/** Where the sheet rests when a page opens: the overview peeks, a place or an article opens at half. */
function snapForRoute(isOverview: boolean, current: SnapPoint): SnapPoint {
  if (isOverview) return 'peek';
  return current === 'peek' ? 'half' : current;
}

export interface SheetSnapState {
  snap: SnapPoint;
  setSnap: (snap: SnapPoint) => void;
  geometry: SheetGeometry | null;
  setGeometry: (geometry: SheetGeometry) => void;
}

/**
 * The sheet's snap, adjusted while rendering when the route changes (not in an effect), so that the map
 * fits a newly selected place with the padding of the sheet as it will be, not as it was.
 */
export function useSheetSnap(routeKey: string, isOverview: boolean): SheetSnapState {
  const [state, setState] = useState<{ route: string; snap: SnapPoint }>(() => ({
    route: routeKey,
    snap: snapForRoute(isOverview, 'peek'),
  }));
  const [geometry, setGeometryState] = useState<SheetGeometry | null>(null);
  let snap = state.snap;
  if (state.route !== routeKey) {
    snap = snapForRoute(isOverview, state.snap);
    setState({ route: routeKey, snap });
  }
  const setSnap = (next: SnapPoint) => setState((s) => ({ ...s, snap: next }));
  const setGeometry = (next: SheetGeometry) =>
    setGeometryState((g) => (g && g.peek === next.peek && g.half === next.half && g.full === next.full ? g : next));
  return { snap, setSnap, geometry, setGeometry };
}
