'use client';
// The one component that owns the maplibre instance. React talks to it through props (places, selection,
// emphasis, theme) and it answers through callbacks (onSelect); the map view itself lives in the URL hash.
import {
  getVersion,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { resolveStyleSource } from '@/lib/map/basemapStyle';
import { bboxExtent, pickShapeFirst, type PickCandidate } from '@/lib/map/pickPlace';
import type { PlaceKind, PlaceProperties, PlacesCollection } from '@/lib/types';
import { parseMapHash, withMapView, type MapView as MapViewState } from '@/lib/url/mapHash';
import { labelPoints, overviewBBox } from '@/lib/map/viewport';
import { addPlaceLayers } from './addPlaceLayers';
import { CIRCLE_LAYER, FILL_LAYER, INTERACTIVE_LAYERS, PLACES_SOURCE, type Theme } from './placeLayers';
import { prefersReducedMotion, usePrefersDark } from './usePrefersDark';

export interface MapViewProps {
  places: PlacesCollection | null;
  selectedId: string | null;
  /** Places to make stand out (an article's places); the others are dimmed. Null: nothing dimmed. */
  emphasizedIds: ReadonlySet<string> | null;
  onSelect: (placeId: string | null) => void;
  /** Space covered by the panel, so that fitted places are not hidden behind it. */
  padding: { top: number; right: number; bottom: number; left: number };
}

const WORLD_VIEW: MapViewState = { zoom: 1.6, lat: 35, lon: 60 };
const HASH_WRITE_INTERVAL_MS = 300;
const MOUSE_TOLERANCE_PX = 6;
const TOUCH_TOLERANCE_PX = 20;

/** The offline basemap, unless NEXT_PUBLIC_MAP_STYLE_URL opts in to an online style. */
function styleFor(theme: Theme): StyleSpecification | string {
  const source = resolveStyleSource({ NEXT_PUBLIC_MAP_STYLE_URL: process.env.NEXT_PUBLIC_MAP_STYLE_URL }, theme);
  return source.kind === 'online' ? source.url : source.style;
}

function viewOf(map: MapLibreMap): MapViewState {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

function maxZoomFor(kind: PlaceKind): number {
  return kind === 'city' ? 9 : kind === 'region' ? 7 : 6;
}

export default function MapView({ places, selectedId, emphasizedIds, onSelect, padding }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [styleReady, setStyleReady] = useState(0);
  const theme: Theme = usePrefersDark() ? 'dark' : 'light';
  const onSelectRef = useRef(onSelect);
  const paddingRef = useRef(padding);
  const placesRef = useRef(places);
  const previousSelection = useRef<string | null>(null);
  const hoveredId = useRef<string | null>(null);
  const lastPointerType = useRef<string>('mouse');

  useEffect(() => {
    onSelectRef.current = onSelect;
    paddingRef.current = padding;
    placesRef.current = places;
  });

  // Create the map once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setWorkerUrl(`/maplibre-gl-worker.mjs?v=${getVersion()}`);
    const initial = parseMapHash(window.location.hash) ?? WORLD_VIEW;
    const map = new MapLibreMap({
      container,
      style: styleFor(theme),
      center: [initial.lon, initial.lat],
      zoom: initial.zoom,
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: true,
      fadeDuration: 0,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.enable();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.getCanvas().setAttribute('aria-label', 'Map of the places named in the articles. The same places are listed in the panel.');
    mapRef.current = map;

    map.on('style.load', () => setStyleReady((n) => n + 1));
    map.on('movestart', () => container.setAttribute('data-map-state', 'moving'));
    // "idle" only once the places are on the map too: tests and benchmarks wait for this marker.
    map.on('idle', () => container.setAttribute('data-map-state', map.getSource(PLACES_SOURCE) ? 'idle' : 'loading'));

    // The view goes to the hash with replaceState: panning must not fill the history.
    let lastWrite = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    const writeHash = () => {
      pending = null;
      lastWrite = Date.now();
      const url = new URL(window.location.href);
      const hash = withMapView(url.hash, viewOf(map));
      if (hash !== url.hash) window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${hash}`);
    };
    map.on('moveend', () => {
      if (pending) return;
      const wait = Math.max(0, HASH_WRITE_INTERVAL_MS - (Date.now() - lastWrite));
      pending = setTimeout(writeHash, wait);
    });

    // A hash typed or pasted by hand moves the map.
    const onHashChange = () => {
      // An entry made by editing the hash has no router state; stamping it lets Back return to it.
      window.history.replaceState(null, '', window.location.href);
      const view = parseMapHash(window.location.hash);
      if (view) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    };
    window.addEventListener('hashchange', onHashChange);

    const pointerDown = (event: PointerEvent) => {
      lastPointerType.current = event.pointerType;
    };
    container.addEventListener('pointerdown', pointerDown, { capture: true });

    return () => {
      if (pending) clearTimeout(pending);
      window.removeEventListener('hashchange', onHashChange);
      container.removeEventListener('pointerdown', pointerDown, { capture: true });
      map.remove();
      mapRef.current = null;
    };
    // The theme is applied by its own effect; creating the map again would lose the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Theme switch: swap the basemap, the place layers come back on style.load.
  const appliedTheme = useRef(theme);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || appliedTheme.current === theme) return;
    appliedTheme.current = theme;
    map.setStyle(styleFor(theme));
  }, [theme]);

  // Place source and layers, after every style load.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !places) return;
    const source = map.getSource(PLACES_SOURCE) as GeoJSONSource | undefined;
    if (source) {
      source.setData(places);
      (map.getSource('place-labels') as GeoJSONSource | undefined)?.setData(labelPoints(places));
    } else {
      addPlaceLayers(map, places, theme);
    }
    previousSelection.current = null; // feature state is gone with a new style or data
  }, [styleReady, places, theme]);

  // First view without a hash or a selection: all the corpus's places.
  const fittedOverview = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !places || fittedOverview.current) return;
    fittedOverview.current = true;
    if (selectedId || parseMapHash(window.location.hash)) return;
    const bbox = overviewBBox(places);
    if (bbox) map.fitBounds(bbox, { padding: paddingRef.current, maxZoom: 5, duration: 0 });
  }, [places, selectedId]);

  // Pointer interaction: hover state, cursor, and a click that picks the most specific place.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !places) return;

    const candidatesAt = (event: MapMouseEvent): PickCandidate[] => {
      const tolerance = lastPointerType.current === 'touch' ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX;
      const { x, y } = event.point;
      const box: [[number, number], [number, number]] = [
        [x - tolerance, y - tolerance],
        [x + tolerance, y + tolerance],
      ];
      const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
      const near = map.queryRenderedFeatures(box, { layers: [...layers] });
      const under = new Set(map.queryRenderedFeatures(event.point, { layers: [FILL_LAYER] }).map((f) => String(f.properties.id)));
      const seen = new Map<string, PickCandidate>();
      for (const f of near) {
        const p = f.properties as unknown as PlaceProperties & { bbox: string | PlaceProperties['bbox'] };
        const id = String(p.id);
        const bbox = typeof p.bbox === 'string' ? (JSON.parse(p.bbox) as PlaceProperties['bbox']) : p.bbox;
        const candidate: PickCandidate = { id, kind: p.kind, underPointer: under.has(id), extent: bboxExtent(bbox) };
        if (f.layer.id === CIRCLE_LAYER) {
          const at = map.project([Number(p.lon), Number(p.lat)]);
          candidate.distance = Math.hypot(at.x - x, at.y - y);
        }
        if (!seen.has(id)) seen.set(id, candidate);
      }
      return [...seen.values()];
    };

    const setHover = (id: string | null) => {
      if (hoveredId.current === id) return;
      if (hoveredId.current) map.setFeatureState({ source: PLACES_SOURCE, id: hoveredId.current }, { hover: false });
      hoveredId.current = id;
      if (id) map.setFeatureState({ source: PLACES_SOURCE, id }, { hover: true });
      map.getCanvas().style.cursor = id ? 'pointer' : '';
    };

    const onMove = (event: MapMouseEvent) => setHover(pickShapeFirst(candidatesAt(event)));
    const onLeave = () => setHover(null);
    const onClick = (event: MapMouseEvent) => {
      const id = pickShapeFirst(candidatesAt(event));
      if (id) onSelectRef.current(id);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    };
  }, [styleReady, places]);

  // Selection: highlight and fit the map to the place (unless the URL already holds a view for it).
  // Deferred until the frame that paints the panel has gone out, so that the map's own redraw does not
  // share (and delay) that frame. The place a page was opened on is shown at once; later ones fly.
  const openedOn = useRef(selectedId);
  const hasFitted = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !places || !map.getSource(PLACES_SOURCE)) return;
    const previous = previousSelection.current;
    if (previous === selectedId) return;
    previousSelection.current = selectedId;
    // The previous selection's flight ends now: its frames would otherwise keep landing in the frames
    // that paint the new panel (each one is costly with software WebGL).
    map.stop();
    let applied = false;
    const apply = () => {
      applied = true;
      if (previous) map.setFeatureState({ source: PLACES_SOURCE, id: previous }, { selected: false });
      if (!selectedId) return;
      const feature = places.features.find((f) => f.properties.id === selectedId);
      if (!feature) return;
      map.setFeatureState({ source: PLACES_SOURCE, id: selectedId }, { selected: true });
      const hashView = parseMapHash(window.location.hash);
      if (hashView) {
        map.jumpTo({ center: [hashView.lon, hashView.lat], zoom: hashView.zoom });
        return;
      }
      const [west, south, east, north] = feature.properties.bbox;
      const bounds: LngLatBoundsLike = [
        [west, south],
        [east, north],
      ];
      const animate = (hasFitted.current || selectedId !== openedOn.current) && !prefersReducedMotion();
      hasFitted.current = true;
      map.fitBounds(bounds, { padding: paddingRef.current, maxZoom: maxZoomFor(feature.properties.kind), duration: animate ? 900 : 0 });
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(apply, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      // Not applied yet: the next run must still see the old selection as current.
      if (!applied) previousSelection.current = previous;
    };
  }, [selectedId, places, styleReady]);

  // Emphasis: dim the places outside the emphasized set (an article's places).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !places || !map.getSource(PLACES_SOURCE)) return;
    for (const f of places.features) {
      map.setFeatureState({ source: PLACES_SOURCE, id: f.properties.id }, { dimmed: emphasizedIds ? !emphasizedIds.has(f.properties.id) : false });
    }
  }, [emphasizedIds, places, styleReady]);

  return (
    <div
      ref={containerRef}
      className="map-canvas"
      role="region"
      aria-label="Map of places mentioned in the articles"
      data-map-state="loading"
    />
  );
}
