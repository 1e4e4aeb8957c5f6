import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { countryLabelFilter } from '../../lib/map/basemapStyle';
import { ALWAYS_LABELLED, labelMinZoom, mentionRanks } from '../../lib/map/labelZooms';
import {
  CLUSTER_MENTIONS,
  cityRadius,
  cityRadiusExpression,
  clusterProperties,
  clusterRadius,
  clusterRadiusExpression,
  focusCities,
  idSetKey,
  splitPlaces,
} from '../../lib/map/cityClusters';
import { pickTarget } from '../../lib/map/pickPlace';
import { COUNTRY_FADE_ZOOMS, FILL_OPACITY, OUTLINE_OPACITY, shapeFillOpacity, shapeOutlineOpacity } from '../../lib/map/shapeFade';
import type { PlaceFeature, PlaceKind, PlacesCollection } from '../../lib/types';

function place(id: string, kind: PlaceKind, mentionCount = 1): PlaceFeature {
  const geometry: PlaceFeature['geometry'] =
    kind === 'city'
      ? { type: 'Point', coordinates: [10, 10] }
      : { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
  return { type: 'Feature', id, geometry, properties: { id, name: id, kind, mentionCount, articleIds: [], lon: 10, lat: 10, bbox: [0, 0, 1, 1] } };
}

const places: PlacesCollection = {
  type: 'FeatureCollection',
  features: [place('russia', 'country'), place('kursk-oblast', 'region'), place('moscow', 'city', 7), place('kursk', 'city'), place('seoul', 'city')],
};
const ids = (c: { features: Array<{ properties: { id: string } }> }) => c.features.map((f) => f.properties.id);

/** Evaluates a style expression for one feature at one zoom, as MapLibre would. */
function evaluate(expression: unknown, properties: Record<string, unknown>, zoom = 5, state: Record<string, unknown> = {}): unknown {
  const parsed = createExpression(expression, { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties } as never, state);
}

describe('splitPlaces and focusCities', () => {
  it('puts shapes apart and keeps the emphasized cities out of the clusters', () => {
    const split = splitPlaces(places, new Set(['kursk', 'kursk-oblast']));
    expect(ids(split.shapes)).toEqual(['russia', 'kursk-oblast']);
    expect(ids(split.clustered)).toEqual(['moscow', 'seoul']);
    expect(ids(split.focused)).toEqual(['kursk']);
    expect(ids(splitPlaces(places, null).clustered)).toEqual(['moscow', 'kursk', 'seoul']);
  });

  it("gives the map's sources every property of a place but its article ids", () => {
    const withArticles: PlacesCollection = {
      ...places,
      features: places.features.map((f): PlaceFeature => ({ ...f, id: f.properties.id, properties: { ...f.properties, articleIds: ['a1', 'a2'], countryCode: 'RU' } })),
    };
    const split = splitPlaces(withArticles, new Set(['kursk']));
    const sent = [...split.shapes.features, ...split.clustered.features, ...split.focused.features, ...focusCities(split, withArticles, 'seoul').features];
    expect(sent).toHaveLength(5 + 2);
    for (const feature of sent) {
      const original = withArticles.features.find((f) => f.id === feature.id);
      expect(feature.properties).not.toHaveProperty('articleIds');
      const { articleIds, ...rest } = original!.properties;
      expect(articleIds).toEqual(['a1', 'a2']);
      expect(feature.properties).toEqual(rest);
      expect(feature.geometry).toBe(original!.geometry);
    }
  });

  it('draws the selected city on its own, whether or not it may be clustered, once', () => {
    const split = splitPlaces(places, new Set(['kursk']));
    expect(ids(focusCities(split, places, 'seoul'))).toEqual(['kursk', 'seoul']);
    expect(ids(focusCities(split, places, 'kursk'))).toEqual(['kursk']);
    // A selected shape has no point to draw there.
    expect(ids(focusCities(split, places, 'russia'))).toEqual(['kursk']);
    expect(ids(focusCities(split, places, null))).toEqual(['kursk']);
  });

  it('gives equal id sets the same key', () => {
    expect(idSetKey(new Set(['b', 'a']))).toBe(idSetKey(new Set(['a', 'b'])));
    expect(idSetKey(null)).not.toBe(idSetKey(new Set(['a'])));
  });
});

describe('circle sizes', () => {
  it('the radius expressions draw what the hit test assumes', () => {
    for (const mentions of [0, 1, 4, 30, 100, 5000]) {
      expect(evaluate(cityRadiusExpression(), { mentionCount: mentions })).toBeCloseTo(cityRadius(mentions), 6);
      expect(evaluate(clusterRadiusExpression(), { [CLUSTER_MENTIONS]: mentions })).toBeCloseTo(clusterRadius(mentions), 6);
    }
  });

  it('grows with mentions and a cluster is always bigger than a lone city', () => {
    expect(cityRadius(1)).toBe(5);
    expect(cityRadius(100)).toBe(16);
    expect(cityRadius(25)).toBeGreaterThan(cityRadius(4));
    expect(clusterRadius(2)).toBeGreaterThan(cityRadius(1));
    expect(clusterRadius(10_000)).toBe(30);
    expect(clusterRadius(200)).toBeGreaterThan(cityRadius(200));
  });

  it('clusters sum their cities’ mentions', () => {
    expect(clusterProperties()).toEqual({ [CLUSTER_MENTIONS]: ['+', ['get', 'mentionCount']] });
  });
});

describe('pickTarget', () => {
  const city = (id: string, distance: number, radius = 5) => ({ id, kind: 'city' as const, distance, radius });
  const cluster = (clusterId: number, distance: number, radius = 14) => ({ clusterId, lon: 0, lat: 0, distance, radius });

  it('takes the circle whose edge is nearest, a city winning a tie with a cluster', () => {
    expect(pickTarget([city('kyiv', 12)], [cluster(7, 10)])).toEqual({ kind: 'cluster', cluster: cluster(7, 10) });
    expect(pickTarget([city('kyiv', 4)], [cluster(7, 2)])).toEqual({ kind: 'place', id: 'kyiv' });
    // A big city the pointer is inside beats a small one whose centre is nearer.
    expect(pickTarget([city('small', 7, 5), city('big', 8, 16)], [])).toEqual({ kind: 'place', id: 'big' });
  });

  it('falls back to shapes when no circle is near, and to nothing', () => {
    expect(
      pickTarget(
        [
          { id: 'russia', kind: 'country', underPointer: true, extent: 900 },
          { id: 'kursk-oblast', kind: 'region', underPointer: true, extent: 6 },
        ],
        [],
      ),
    ).toEqual({ kind: 'place', id: 'kursk-oblast' });
    expect(pickTarget([{ id: 'russia', kind: 'country', underPointer: true }], [cluster(3, 4)])).toEqual({ kind: 'cluster', cluster: cluster(3, 4) });
    expect(pickTarget([], [])).toBeNull();
  });
});

describe('country fade', () => {
  const state = (s: Partial<Record<'selected' | 'hover' | 'dimmed', boolean>>) => s;
  const expressions = {
    selected: ['boolean', ['feature-state', 'selected'], false],
    hovered: ['boolean', ['feature-state', 'hover'], false],
    dimmed: ['boolean', ['feature-state', 'dimmed'], false],
    isCountry: ['==', ['get', 'kind'], 'country'],
  } as const;
  const fill = shapeFillOpacity(expressions as never);
  const outline = shapeOutlineOpacity(expressions as never);
  const inside = COUNTRY_FADE_ZOOMS.to + 1;
  const overview = COUNTRY_FADE_ZOOMS.from - 1;

  it('drops a country’s outline and most of its tint once zoomed in past it', () => {
    expect(evaluate(outline, { kind: 'country' }, overview)).toBe(OUTLINE_OPACITY.normal);
    expect(evaluate(outline, { kind: 'country' }, inside)).toBe(0);
    expect(evaluate(fill, { kind: 'country' }, inside)).toBe(FILL_OPACITY.countryZoomedIn);
    expect(evaluate(fill, { kind: 'country' }, overview)).toBe(FILL_OPACITY.normal);
  });

  it('keeps the selected country, and every region, drawn', () => {
    expect(evaluate(outline, { kind: 'country' }, inside, state({ selected: true }))).toBe(OUTLINE_OPACITY.normal);
    expect(evaluate(fill, { kind: 'country' }, inside, state({ selected: true }))).toBe(FILL_OPACITY.selected);
    expect(evaluate(outline, { kind: 'region' }, inside)).toBe(OUTLINE_OPACITY.normal);
    expect(evaluate(fill, { kind: 'region' }, inside)).toBe(FILL_OPACITY.normal);
  });

  it('draws region outlines faintly at the world view, unless selected or hovered', () => {
    expect(evaluate(outline, { kind: 'region' }, 1)).toBe(OUTLINE_OPACITY.subnationalWorld);
    expect(evaluate(outline, { kind: 'region' }, 1, state({ selected: true }))).toBe(OUTLINE_OPACITY.normal);
    expect(evaluate(outline, { kind: 'country' }, 1)).toBe(OUTLINE_OPACITY.normal);
    expect(evaluate(outline, { kind: 'region' }, overview)).toBe(OUTLINE_OPACITY.normal);
  });
});

describe('label zooms', () => {
  it('labels the most mentioned places at once and the other shapes once their shape can be seen', () => {
    expect(labelMinZoom(0, 'region')).toBe(0);
    expect(labelMinZoom(ALWAYS_LABELLED - 1, 'region')).toBe(0);
    expect(labelMinZoom(ALWAYS_LABELLED, 'country')).toBeLessThan(labelMinZoom(ALWAYS_LABELLED, 'region'));
    const ranks = mentionRanks([{ id: 'b', mentionCount: 2 }, { id: 'a', mentionCount: 2 }, { id: 'c', mentionCount: 9 }]);
    expect([...ranks.entries()]).toEqual([['c', 0], ['a', 1], ['b', 2]]);
  });

  it('hides the basemap’s names of the countries the app labels', () => {
    const filter = countryLabelFilter(['UA', 'RU']);
    const shown = (iso2: string) => evaluateFilter(filter, { iso2, minzoom: 1 });
    expect(shown('UA')).toBe(false);
    expect(shown('FR')).toBe(true);
    expect(evaluateFilter(countryLabelFilter([]), { iso2: 'UA', minzoom: 1 })).toBe(true);
  });
});

function evaluateFilter(filter: unknown, properties: Record<string, unknown>): boolean {
  const compiled = featureFilter(filter as never, 'layers[0].filter');
  return compiled.filter({ zoom: 5 } as never, { type: 1, properties } as never);
}
