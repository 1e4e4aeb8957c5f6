import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FIRST_LABEL_LAYER, buildBasemapStyle, resolveStyleSource } from '../../lib/map/basemapStyle';
import { FONTSTACKS } from '../../lib/map/fontstacks';
import { MAP_PALETTES } from '../../lib/map/palette';
import { textFontsOf } from '../../lib/map/styleFonts';

const themes = ['light', 'dark'] as const;

function sourceUrls(style: StyleSpecification): string[] {
  return Object.values(style.sources).map((source) => {
    if (source.type !== 'geojson' || typeof source.data !== 'string') throw new Error('expected a GeoJSON source with a URL');
    return source.data;
  });
}

describe('buildBasemapStyle', () => {
  it.each(themes)('%s style passes the MapLibre style-spec validator', (theme) => {
    const errors = validateStyleMin(buildBasemapStyle({ theme }));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it.each(themes)('%s style loads sources and glyphs from the same origin only', (theme) => {
    const style = buildBasemapStyle({ theme });
    const urls = [...sourceUrls(style), style.glyphs ?? ''];
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) {
      expect(url).toMatch(/^\/[^/]/);
      expect(url).not.toMatch(/^[a-z]+:|\/\//i);
    }
    expect(style.glyphs).toBe('/generated/glyphs/{fontstack}/{range}.pbf');
    expect(style.sprite).toBeUndefined();
  });

  it('prefixes every URL with a same-origin asset base and rejects a foreign one', () => {
    const style = buildBasemapStyle({ theme: 'light', assetBase: '/news/' });
    for (const url of [...sourceUrls(style), style.glyphs ?? '']) expect(url.startsWith('/news/generated/')).toBe(true);
    expect(() => buildBasemapStyle({ theme: 'light', assetBase: 'https://cdn.example.com' })).toThrow(/same-origin/);
  });

  it('credits Natural Earth and GeoNames on the sources', () => {
    const attributions = Object.values(buildBasemapStyle({ theme: 'light' }).sources).map((source) =>
      'attribution' in source ? source.attribution : undefined,
    );
    expect(attributions.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    expect(attributions.some((text) => text?.includes('Natural Earth'))).toBe(true);
    expect(attributions.some((text) => text?.includes('GeoNames'))).toBe(true);
  });

  it('has only label layers from BASEMAP_FIRST_LABEL_LAYER up, and only generated font stacks', () => {
    const layers = buildBasemapStyle({ theme: 'dark' }).layers;
    const first = layers.findIndex((layer) => layer.id === BASEMAP_FIRST_LABEL_LAYER);
    expect(first).toBeGreaterThan(0);
    expect(layers.slice(first).every((layer) => layer.type === 'symbol')).toBe(true);
    expect(layers.slice(0, first).some((layer) => layer.type === 'symbol')).toBe(false);
    const generated = new Set(FONTSTACKS.map((stack) => stack.name));
    const used = layers.flatMap(textFontsOf);
    expect(used.length).toBeGreaterThan(0);
    for (const font of used) expect(generated.has(font)).toBe(true);
  });

  it('gives light and dark different backgrounds and a colour for every place kind', () => {
    const colour = (theme: 'light' | 'dark') => {
      const background = buildBasemapStyle({ theme }).layers.find((layer) => layer.type === 'background');
      return background?.type === 'background' ? background.paint?.['background-color'] : undefined;
    };
    expect(colour('light')).toBe(MAP_PALETTES.light.basemap.ocean);
    expect(colour('dark')).toBe(MAP_PALETTES.dark.basemap.ocean);
    expect(colour('light')).not.toBe(colour('dark'));
    for (const theme of themes) {
      for (const kind of ['country', 'region', 'city', 'area'] as const) {
        expect(MAP_PALETTES[theme].places[kind].fill).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });
});

describe('resolveStyleSource', () => {
  it('uses the offline style when NEXT_PUBLIC_MAP_STYLE_URL is unset or blank', () => {
    for (const env of [{}, { NEXT_PUBLIC_MAP_STYLE_URL: '  ' }]) {
      const source = resolveStyleSource(env, 'light');
      expect(source.kind).toBe('offline');
      if (source.kind === 'offline') expect(source.style.glyphs).toContain('/generated/glyphs/');
    }
  });

  it('uses an opted-in online style URL and rejects a malformed one by name', () => {
    expect(resolveStyleSource({ NEXT_PUBLIC_MAP_STYLE_URL: 'https://tiles.example.org/style.json' }, 'dark')).toEqual({
      kind: 'online',
      url: 'https://tiles.example.org/style.json',
    });
    expect(() => resolveStyleSource({ NEXT_PUBLIC_MAP_STYLE_URL: 'not a url' }, 'dark')).toThrow(/NEXT_PUBLIC_MAP_STYLE_URL/);
    expect(() => resolveStyleSource({ NEXT_PUBLIC_MAP_STYLE_URL: 'ftp://x.org/s.json' }, 'dark')).toThrow(/http\(s\)/);
  });
});
