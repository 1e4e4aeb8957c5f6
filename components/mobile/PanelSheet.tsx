'use client';
// The side panel, which on phones becomes a bottom sheet over the map: three snap points (peek, half,
// full), dragged by its top edge or moved with the handle button; a swipe down from peek closes it.
import { useCallback, useEffect, useLayoutEffect, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import {
  dragHeight,
  nextSnapOnActivate,
  releaseTarget,
  releaseVelocity,
  sheetGeometry,
  stepSnap,
  type SnapPoint,
} from '@/lib/sheet/snap';
import type { SheetSnapState } from './useSheetSnap';

/** The end of what the peek must show: a place's counts, or the overview's place filter. */
const PEEK_END_SELECTOR = '[data-sheet-peek-end], .place-meta, .filter-input';
/** A strip of map stays visible above the full sheet, besides the status bar / notch. */
const MAP_STRIP_PX = 48;
/** Finger travel before a press on the sheet's edge becomes a drag (below it, it stays a tap). */
const DRAG_SLOP_PX = 6;
/** Elements that keep their own press behaviour when a drag could start on them. */
const INTERACTIVE = 'a, button:not(.sheet-handle), input, textarea, select, summary, [contenteditable="true"]';

const SNAP_LABEL: Record<SnapPoint, string> = { peek: 'collapsed', half: 'half height', full: 'full height' };

export interface PanelSheetProps {
  phone: boolean;
  routeKey: string;
  /** A place or an article is open: a swipe down from peek closes it. */
  closable: boolean;
  onClose: () => void;
  sheet: SheetSnapState;
  header: ReactNode;
  children: ReactNode;
}

function cssPixels(element: Element, property: string): number {
  const value = parseFloat(getComputedStyle(element).getPropertyValue(property));
  return Number.isFinite(value) ? value : 0;
}

interface Drag {
  pointerId: number;
  startY: number;
  startX: number;
  startHeight: number;
  samples: Array<{ t: number; y: number }>;
  active: boolean;
}

export function PanelSheet({ phone, routeKey, closable, onClose, sheet, header, children }: PanelSheetProps) {
  const asideRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  const { snap, setSnap, geometry, setGeometry } = sheet;

  // Measure the snap heights from the viewport and from what the peek has to show.
  const measure = useCallback(() => {
    const aside = asideRef.current;
    const body = bodyRef.current;
    if (!phone || !aside || !body) return;
    const top = aside.getBoundingClientRect().top;
    const end = body.querySelector(PEEK_END_SELECTOR);
    const header = aside.querySelector('.panel-header');
    const endBottom = end
      ? end.getBoundingClientRect().bottom + body.scrollTop
      : (header?.getBoundingClientRect().bottom ?? top) + 80;
    const safeTop = cssPixels(document.documentElement, '--safe-top');
    const safeBottom = cssPixels(document.documentElement, '--safe-bottom');
    setGeometry(
      sheetGeometry({
        viewportHeight: window.innerHeight,
        peekContentHeight: endBottom - top + 14 + safeBottom,
        topInset: safeTop + MAP_STRIP_PX,
      }),
    );
  }, [phone, setGeometry]);

  useLayoutEffect(() => {
    if (!phone) return;
    measure();
    const observer = new ResizeObserver(() => measure());
    if (contentRef.current) observer.observe(contentRef.current);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [phone, measure, routeKey]);

  // A newly opened page starts at its top.
  useEffect(() => {
    if (phone) bodyRef.current?.scrollTo({ top: 0 });
  }, [phone, routeKey]);

  const applyHeight = (height: number | null) => {
    const aside = asideRef.current;
    if (!aside) return;
    if (height === null) {
      aside.style.removeProperty('transform');
      aside.removeAttribute('data-dragging');
    } else {
      aside.style.transform = `translateY(calc(var(--sheet-full) - ${height}px))`;
      aside.setAttribute('data-dragging', 'true');
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (!phone || !geometry || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const target = event.target as HTMLElement;
    const onEdge = Boolean(target.closest('.sheet-handle, .panel-header'));
    const onPeekBody = snap === 'peek' && Boolean(target.closest('.panel-body'));
    if (!onEdge && !onPeekBody) return;
    if (!target.closest('.sheet-handle') && target.closest(INTERACTIVE)) return;
    drag.current = {
      pointerId: event.pointerId,
      startY: event.clientY,
      startX: event.clientX,
      startHeight: geometry[snap],
      samples: [{ t: event.timeStamp, y: event.clientY }],
      active: false,
    };
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId || !geometry) return;
    const dy = event.clientY - d.startY;
    if (!d.active) {
      if (Math.abs(dy) < DRAG_SLOP_PX || Math.abs(dy) < Math.abs(event.clientX - d.startX)) return;
      d.active = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    d.samples.push({ t: event.timeStamp, y: event.clientY });
    if (d.samples.length > 12) d.samples.shift();
    applyHeight(dragHeight(d.startHeight, dy, geometry));
  };

  const endDrag = (event: PointerEvent<HTMLElement>, cancelled: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    applyHeight(null);
    if (!d.active || !geometry) return;
    suppressClick.current = true;
    window.setTimeout(() => (suppressClick.current = false), 0);
    if (cancelled) return;
    const target = releaseTarget({
      current: snap,
      dragDistance: event.clientY - d.startY,
      velocity: releaseVelocity([...d.samples, { t: event.timeStamp, y: event.clientY }]),
      geometry,
      closable,
    });
    if (target === 'closed') onClose();
    else setSnap(target);
  };

  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    setSnap(stepSnap(snap, event.key === 'ArrowUp' ? 'up' : 'down'));
  };

  const style =
    phone && geometry
      ? ({
          '--sheet-full': `${geometry.full}px`,
          '--sheet-visible': `${geometry[snap]}px`,
          '--sheet-peek': `${geometry.peek}px`,
          '--sheet-half': `${geometry.half}px`,
        } as CSSProperties)
      : undefined;

  return (
    <aside
      ref={asideRef}
      className="panel"
      aria-label="Places and excerpts"
      data-snap={phone ? snap : undefined}
      data-sheet-heights={phone && geometry ? `${geometry.peek} ${geometry.half} ${geometry.full}` : undefined}
      style={style}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => endDrag(e, false)}
      onPointerCancel={(e) => endDrag(e, true)}
      onFocus={(event) => {
        // Typing needs room above the on-screen keyboard: a focused field opens the sheet fully.
        if (phone && snap !== 'full' && (event.target as HTMLElement).matches('input:not([readonly]), textarea:not([readonly]), select')) {
          setSnap('full');
        }
      }}
      onClickCapture={(event) => {
        if (suppressClick.current) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
    >
      {phone && (
        <button
          type="button"
          className="sheet-handle"
          aria-label={`Panel ${SNAP_LABEL[snap]}: show it ${SNAP_LABEL[nextSnapOnActivate(snap)]}`}
          aria-keyshortcuts="ArrowUp ArrowDown"
          onClick={() => setSnap(nextSnapOnActivate(snap))}
          onKeyDown={onHandleKey}
        >
          <span className="sheet-grip" aria-hidden="true" />
        </button>
      )}
      {header}
      <div className="panel-body" id="panel-content" ref={bodyRef}>
        <div className="panel-content" ref={contentRef}>
          {children}
        </div>
      </div>
    </aside>
  );
}
