'use client';
// The frame of every dashboard page: the side panel (the page's own content) beside the map.
// Selection lives in the URL: the path names the place, `?article=` the filter, the hash the map view.
import dynamic from 'next/dynamic';
import { usePathname, useRouter } from 'next/navigation';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { articleIdFromPath, overviewPath, placeIdFromPath, placePath } from '@/lib/url/routes';
import { ArticleFilterProvider, ArticleFilterReader } from './ArticleFilter';
import { usePlaces } from './data/usePlaces';
import { PanelSheet } from './mobile/PanelSheet';
import { PanelLink, ViewportPrefetchProvider } from './panel/PanelLink';
import { useMapDrawn } from './panel/useMapDrawn';
import { usePhoneLayout } from './mobile/usePhoneLayout';
import { useSheetSnap } from './mobile/useSheetSnap';

// Rendered on the server too (an empty container): the page's HTML then names the map's chunk, so the
// browser fetches the map library alongside the framework instead of after hydration.
const MapView = dynamic(() => import('./map/MapView'), {
  loading: () => <p className="map-status">Loading the map…</p>,
});

/** How long the pointer rests on a place on the map before its page is fetched. */
const MAP_HOVER_PREFETCH_MS = 50;

const PANEL_PADDING = { top: 40, right: 40, bottom: 40, left: 40 };
/** On phones the sheet covers the bottom of the map: fitted places go in the part above it. */
const PHONE_PADDING = { top: 56, right: 24, left: 24 };

export function DashboardShell({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const [articleFilter, setArticleFilter] = useState<string | null>(null);
  const { data: places, error: placesError } = usePlaces();
  const mapArea = useRef<HTMLDivElement>(null);
  // The panel's links prefetch what comes into view only once the map has drawn (see PanelLink).
  const mapDrawn = useMapDrawn(mapArea);

  const selectedId = placeIdFromPath(pathname);
  const articleViewId = articleIdFromPath(pathname);
  const emphasisArticle = articleViewId ?? articleFilter;
  const phone = usePhoneLayout();
  const sheet = useSheetSnap(pathname, !selectedId && !articleViewId);
  const sheetHeight = sheet.geometry?.[sheet.snap] ?? null;
  const padding = useMemo(
    () => (phone && sheetHeight !== null ? { ...PHONE_PADDING, bottom: sheetHeight + 24 } : PANEL_PADDING),
    [phone, sheetHeight],
  );

  const emphasizedIds = useMemo(() => {
    if (!places || !emphasisArticle) return null;
    return new Set(places.features.filter((f) => f.properties.articleIds.includes(emphasisArticle)).map((f) => f.properties.id));
  }, [places, emphasisArticle]);

  const selectPlace = useCallback(
    (placeId: string | null) => {
      router.push(placeId ? placePath(placeId, articleFilter) : overviewPath(articleFilter), { scroll: false });
    },
    [router, articleFilter],
  );

  // A place the pointer rests on over the map has its page fetched, as the panel's links do on hover:
  // the click then renders from the router's cache. Not at once, so that a pointer sweeping across a
  // crowded map does not fetch every place on its way.
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const prefetchHoveredPlace = useCallback(
    (placeId: string | null) => {
      clearTimeout(hoverTimer.current);
      if (placeId) hoverTimer.current = setTimeout(() => router.prefetch(placePath(placeId, articleFilter)), MAP_HOVER_PREFETCH_MS);
    },
    [router, articleFilter],
  );
  useEffect(() => () => clearTimeout(hoverTimer.current), []);

  // Esc returns to the overview from a place or an article.
  useEffect(() => {
    if (!selectedId && !articleViewId) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      selectPlace(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId, articleViewId, selectPlace]);

  return (
    <ArticleFilterProvider value={articleFilter}>
      <ViewportPrefetchProvider value={mapDrawn}>
        <Suspense fallback={null}>
          <ArticleFilterReader onChange={setArticleFilter} />
        </Suspense>
        <a className="skip-link" href="#panel-content">
          Skip to the panel
        </a>
        <div className="dashboard">
          <PanelSheet
            phone={phone}
            routeKey={pathname}
            closable={Boolean(selectedId || articleViewId)}
            onClose={() => selectPlace(null)}
            sheet={sheet}
            header={
              <header className="panel-header">
                <PanelLink className="brand" href={overviewPath(articleFilter)}>
                  News geography
                </PanelLink>
                {(selectedId || articleViewId) && (
                  <button type="button" className="icon-button" onClick={() => selectPlace(null)} aria-label="Close and return to the overview">
                    <span aria-hidden="true">✕</span>
                  </button>
                )}
              </header>
            }
          >
            {children}
          </PanelSheet>
          <div className="map-area" ref={mapArea}>
            <MapView
              places={places ?? null}
              selectedId={selectedId}
              emphasizedIds={emphasizedIds}
              onSelect={selectPlace}
              onHoverPlace={prefetchHoveredPlace}
              padding={padding}
            />
            {placesError && (
              <p className="map-status" role="alert">
                The places could not be loaded: {placesError.message}
              </p>
            )}
          </div>
        </div>
      </ViewportPrefetchProvider>
    </ArticleFilterProvider>
  );
}
