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
  type TransformStyleFunction,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { COUNTRY_LABEL_LAYER, countryLabelFilter, resolveStyleSource } from '@/lib/map/basemapStyle';
import { CLUSTER_MENTIONS, cityRadius, clusterRadius, focusCities, idSetKey, splitPlaces, type MapPlaceProperties, type PlaceSplit } from '@/lib/map/cityClusters';
import { bboxExtent, pickTarget, type ClusterCandidate, type PickCandidate, type PickTarget } from '@/lib/map/pickPlace';
import type { PlaceKind, PlacesCollection } from '@/lib/types';
import { parseMapHash, withMapView, type MapView as MapViewState } from '@/lib/url/mapHash';
import { labelPoints, overviewBBox } from '@/lib/map/viewport';
import {
  CITIES_SOURCE,
  CLUSTER_LAYER,
  CLUSTER_OPACITY,
  FILL_LAYER,
  FOCUS_SOURCE,
  INTERACTIVE_LAYERS,
  LABELS_SOURCE,
  PLACE_ID_SOURCES,
  PLACES_SOURCE,
  type Theme,
} from './placeLayers';
import { withPlaceLayers } from './placeStyle';
import { PHONE_LAYOUT_QUERY } from '../mobile/usePhoneLayout';
import { prefersReducedMotion, usePrefersDark } from './usePrefersDark';

export interface MapViewProps {
  places: PlacesCollection | null;
  selectedId: string | null;
  /** Places to make stand out (an article's places); the others are dimmed. Null: nothing dimmed. */
  emphasizedIds: ReadonlySet<string> | null;
  onSelect: (placeId: string | null) => void;
  /** The place under a resting pointer (null when it leaves places), so its page can be fetched before a click. */
  onHoverPlace?: (placeId: string | null) => void;
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

/**
 * For the app's own filter and paint changes, checked by unit tests (mapPlaceLayers.test.ts): maplibre's
 * check serialises the whole style each time, and its first use compiles the validator (30–90 ms at 4x).
 */
const NOT_VALIDATED = { validate: false } as const;

/** Every style the map loads gets the place sources and layers (a style fetched from a URL too). */
function placeStyle(theme: Theme): TransformStyleFunction {
  return (previous, next) => withPlaceLayers(next, theme, previous);
}

function viewOf(map: MapLibreMap): MapViewState {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

function maxZoomFor(kind: PlaceKind): number {
  return kind === 'city' ? 9 : kind === 'region' ? 7 : 6;
}

/** Sets a state on a place wherever it is drawn (a city may be in the clustered and the focus source). */
function setPlaceState(map: MapLibreMap, id: string, state: Record<string, boolean>): void {
  for (const source of PLACE_ID_SOURCES) map.setFeatureState({ source, id }, state);
}

/** Puts the split places into the map's sources (which must exist). */
function setPlaceData(map: MapLibreMap, split: PlaceSplit, focus: ReturnType<typeof focusCities>): void {
  (map.getSource(PLACES_SOURCE) as GeoJSONSource).setData(split.shapes);
  (map.getSource(CITIES_SOURCE) as GeoJSONSource).setData(split.clustered);
  (map.getSource(FOCUS_SOURCE) as GeoJSONSource).setData(focus);
  (map.getSource(LABELS_SOURCE) as GeoJSONSource | undefined)?.setData(labelPoints(split.shapes));
}

type HoverTarget = { kind: 'place'; id: string } | { kind: 'cluster'; id: number };

export default function MapView({ places, selectedId, emphasizedIds, onSelect, onHoverPlace, padding }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [styleReady, setStyleReady] = useState(0);
  const theme: Theme = usePrefersDark() ? 'dark' : 'light';
  const onSelectRef = useRef(onSelect);
  const onHoverPlaceRef = useRef(onHoverPlace);
  const paddingRef = useRef(padding);
  const placesRef = useRef(places);
  const previousSelection = useRef<string | null>(null);
  const hovered = useRef<HoverTarget | null>(null);
  const lastPointerType = useRef<string>('mouse');
  // An article's cities are kept out of the clusters; an equal set built anew must not re-cluster.
  const emphasisKey = idSetKey(emphasizedIds);
  const split = useMemo(() => (places ? splitPlaces(places, emphasisKey ? new Set(emphasisKey.split('\n')) : null) : null), [places, emphasisKey]);
  const splitRef = useRef(split);
  const appliedSplit = useRef<PlaceSplit | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onHoverPlaceRef.current = onHoverPlace;
    paddingRef.current = padding;
    placesRef.current = places;
    splitRef.current = split;
  });

  // Create the map once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setWorkerUrl(`/maplibre-gl-worker.mjs?v=${getVersion()}`);
    const initial = parseMapHash(window.location.hash) ?? WORLD_VIEW;
    const style = styleFor(theme);
    const map = new MapLibreMap({
      container,
      style,
      transformStyle: placeStyle(theme),
      // The offline style, place layers included, is checked by unit tests (mapPlaceLayers.test.ts);
      // validating it again in the browser blocks the main thread (~50 ms on a 4x slowed CPU) for nothing.
      // An online style is someone else's: maplibre reports its errors.
      validateStyle: typeof style === 'string',
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

    // On a phone the credits start folded to their (i) button, one tap from open: MapLibre's compact
    // control opens them over the top of a small map until the first drag, and that late two-line box
    // would outsize the panel's text as the page's largest paint. They appear once the style names them.
    const foldCreditsOnPhones = () => {
      const credits = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
      if (!credits) return;
      if (window.matchMedia(PHONE_LAYOUT_QUERY).matches) credits.classList.remove('maplibregl-compact-show');
      map.off('styledata', foldCreditsOnPhones);
    };
    map.on('styledata', foldCreditsOnPhones);
    map.on('style.load', () => setStyleReady((n) => n + 1));
    map.on('movestart', () => container.setAttribute('data-map-state', 'moving'));
    // "idle" only once the places are on the map too (the style's place sources start empty): tests and
    // benchmarks wait for this marker.
    map.on('idle', () => container.setAttribute('data-map-state', appliedSplit.current ? 'idle' : 'loading'));

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
    map.setStyle(styleFor(theme), { transformStyle: placeStyle(theme) });
  }, [theme]);

  // The places into the style's place sources, after every style load.
  useEffect(() => {
    const map = mapRef.current;
    const current = splitRef.current;
    if (!map || !styleReady || !places || !current) return;
    // The selection is applied again below (feature state is gone with a new style or data).
    setPlaceData(map, current, focusCities(current, places, null));
    appliedSplit.current = current;
    previousSelection.current = null;
    // The countries that are places have the app's labels; the basemap's own would double them.
    if (map.getLayer(COUNTRY_LABEL_LAYER)) {
      const codes = places.features.filter((f) => f.properties.kind === 'country' && f.properties.countryCode).map((f) => String(f.properties.countryCode));
      map.setFilter(COUNTRY_LABEL_LAYER, countryLabelFilter(codes), NOT_VALIDATED);
    }
  }, [styleReady, places]);

  // Emphasis changed the split (an article's cities out of the clusters): same places, new cluster data.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !split || !places || appliedSplit.current === null || appliedSplit.current === split) return;
    if (!map.getSource(PLACES_SOURCE)) return;
    appliedSplit.current = split;
    setPlaceData(map, split, focusCities(split, places, previousSelection.current));
  }, [split, places]);

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

    const targetAt = (event: MapMouseEvent): PickTarget | null => {
      const tolerance = lastPointerType.current === 'touch' ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX;
      const { x, y } = event.point;
      const box: [[number, number], [number, number]] = [
        [x - tolerance, y - tolerance],
        [x + tolerance, y + tolerance],
      ];
      const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
      const near = map.queryRenderedFeatures(box, { layers: [...layers] });
      const under = new Set(
        near.some((f) => f.layer.id === FILL_LAYER)
          ? map.queryRenderedFeatures(event.point, { layers: [FILL_LAYER] }).map((f) => String(f.properties.id))
          : [],
      );
      const places = new Map<string, PickCandidate>();
      const clusters = new Map<number, ClusterCandidate>();
      const distanceTo = (lon: number, lat: number) => {
        const at = map.project([lon, lat]);
        return Math.hypot(at.x - x, at.y - y);
      };
      for (const f of near) {
        if (f.layer.id === CLUSTER_LAYER) {
          const clusterId = Number(f.properties.cluster_id);
          if (clusters.has(clusterId) || f.geometry.type !== 'Point') continue;
          const [lon, lat] = f.geometry.coordinates;
          clusters.set(clusterId, { clusterId, lon, lat, distance: distanceTo(lon, lat), radius: clusterRadius(Number(f.properties[CLUSTER_MENTIONS])) });
          continue;
        }
        const p = f.properties as unknown as MapPlaceProperties & { bbox: string | MapPlaceProperties['bbox'] };
        const id = String(p.id);
        if (places.has(id)) continue;
        const bbox = typeof p.bbox === 'string' ? (JSON.parse(p.bbox) as MapPlaceProperties['bbox']) : p.bbox;
        const candidate: PickCandidate = { id, kind: p.kind, underPointer: under.has(id), extent: bboxExtent(bbox) };
        if (p.kind === 'city') {
          candidate.distance = distanceTo(Number(p.lon), Number(p.lat));
          candidate.radius = cityRadius(Number(p.mentionCount));
        }
        places.set(id, candidate);
      }
      return pickTarget([...places.values()], [...clusters.values()]);
    };

    const setHover = (target: HoverTarget | null) => {
      const previous = hovered.current;
      if (previous?.kind === target?.kind && previous?.id === target?.id) return;
      if (previous?.kind === 'place') setPlaceState(map, previous.id, { hover: false });
      if (previous?.kind === 'cluster') map.setFeatureState({ source: CITIES_SOURCE, id: previous.id }, { hover: false });
      hovered.current = target;
      if (target?.kind === 'place') setPlaceState(map, target.id, { hover: true });
      if (target?.kind === 'cluster') map.setFeatureState({ source: CITIES_SOURCE, id: target.id }, { hover: true });
      // A cluster zooms in when clicked, a place opens: the cursor says which.
      map.getCanvas().style.cursor = target ? (target.kind === 'cluster' ? 'zoom-in' : 'pointer') : '';
      onHoverPlaceRef.current?.(target?.kind === 'place' ? target.id : null);
    };

    // Hit-testing once a frame at most: a large corpus has thousands of features under a moving pointer.
    let lastMove: MapMouseEvent | null = null;
    let moveFrame = 0;
    const onMove = (event: MapMouseEvent) => {
      lastMove = event;
      if (moveFrame) return;
      moveFrame = requestAnimationFrame(() => {
        moveFrame = 0;
        const target = lastMove ? targetAt(lastMove) : null;
        setHover(target ? (target.kind === 'place' ? target : { kind: 'cluster', id: target.cluster.clusterId }) : null);
      });
    };
    const onLeave = () => {
      lastMove = null;
      setHover(null);
    };
    const onClick = (event: MapMouseEvent) => {
      const target = targetAt(event);
      if (target?.kind === 'place') onSelectRef.current(target.id);
      if (target?.kind === 'cluster') zoomIntoCluster(target.cluster);
    };
    const zoomIntoCluster = (cluster: ClusterCandidate) => {
      const source = map.getSource(CITIES_SOURCE) as GeoJSONSource | undefined;
      source
        ?.getClusterExpansionZoom(cluster.clusterId)
        .then((expansion) => {
          // At least one whole zoom level in, so that a click always shows the cluster coming apart.
          const zoom = Math.min(Math.max(expansion, Math.floor(map.getZoom()) + 1), map.getMaxZoom());
          map.easeTo({ center: [cluster.lon, cluster.lat], zoom, duration: prefersReducedMotion() ? 0 : 500 });
        })
        // The cluster was gone by the time the worker answered (new data): nothing to zoom into.
        .catch(() => {});
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      cancelAnimationFrame(moveFrame);
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
      if (previous) setPlaceState(map, previous, { selected: false });
      // The selected city is drawn on its own too, so that no cluster can hide it.
      const current = splitRef.current;
      if (current) (map.getSource(FOCUS_SOURCE) as GeoJSONSource | undefined)?.setData(focusCities(current, places, selectedId));
      if (!selectedId) return;
      const feature = places.features.find((f) => f.properties.id === selectedId);
      if (!feature) return;
      setPlaceState(map, selectedId, { selected: true });
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
  const dimmedAny = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !places || !map.getSource(PLACES_SOURCE)) return;
    // Clusters hold only the cities outside the emphasized set.
    if (map.getLayer(CLUSTER_LAYER)) map.setPaintProperty(CLUSTER_LAYER, 'circle-opacity', emphasizedIds ? CLUSTER_OPACITY.dimmed : CLUSTER_OPACITY.normal, NOT_VALIDATED);
    // Nothing dimmed and nothing to dim: thousands of feature states need not be written.
    if (!emphasizedIds && !dimmedAny.current) return;
    dimmedAny.current = Boolean(emphasizedIds);
    for (const f of places.features) {
      const state = { dimmed: emphasizedIds ? !emphasizedIds.has(f.properties.id) : false };
      if (f.properties.kind !== 'city') map.setFeatureState({ source: PLACES_SOURCE, id: f.properties.id }, state);
      else for (const source of [CITIES_SOURCE, FOCUS_SOURCE]) map.setFeatureState({ source, id: f.properties.id }, state);
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
