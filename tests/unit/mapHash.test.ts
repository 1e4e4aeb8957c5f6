import { describe, expect, it } from 'vitest';
import { anchorFromHash, formatMapView, MAX_LAT, parseMapHash, withMapView, wrapLongitude } from '../../lib/url/mapHash';

describe('parseMapHash', () => {
  it('reads zoom, latitude and longitude', () => {
    expect(parseMapHash('#map=5.25/51.7304/36.1936')).toEqual({ zoom: 5.25, lat: 51.7304, lon: 36.1936 });
    expect(parseMapHash('map=3/-33.9/18.42')).toEqual({ zoom: 3, lat: -33.9, lon: 18.42 });
  });

  it('finds the map part among other hash parts', () => {
    expect(parseMapHash('#excerpt-a-3&map=4/10/20')).toEqual({ zoom: 4, lat: 10, lon: 20 });
  });

  it('clamps latitude and zoom and wraps longitude', () => {
    expect(parseMapHash('#map=30/89/200')).toEqual({ zoom: 22, lat: MAX_LAT, lon: -160 });
    expect(parseMapHash('#map=-4/-95/-540')).toEqual({ zoom: 0, lat: -MAX_LAT, lon: 180 - 360 });
  });

  it.each([
    '',
    '#',
    '#map=',
    '#map=abc',
    '#map=1/2',
    '#map=1/2/3/4',
    '#map=1/2/x',
    '#map=NaN/1/2',
    '#map=Infinity/1/2',
    '#map=1e400/1/2',
    '#map=%E0%A4%A/1/2',
    '#map=1//2',
    '#map= 1/2/3',
    '#other=1/2/3',
    '#map=0x10/1/2',
  ])('ignores garbage %j', (hash) => {
    expect(parseMapHash(hash)).toBeNull();
  });
});

describe('formatMapView', () => {
  it('uses 2 decimals for zoom and 4 or 5 for coordinates', () => {
    expect(formatMapView({ zoom: 5.123456, lat: 51.730412345, lon: 36.193612345 })).toBe('map=5.12/51.7304/36.1936');
    expect(formatMapView({ zoom: 12.5, lat: 51.730412345, lon: 36.193612345 })).toBe('map=12.5/51.73041/36.19361');
  });

  it('drops trailing zeros and negative zero', () => {
    expect(formatMapView({ zoom: 2, lat: -0.00001, lon: 0 })).toBe('map=2/0/0');
  });

  it('round-trips through parseMapHash within the printed precision', () => {
    for (let i = 0; i < 200; i++) {
      const view = { zoom: (i * 0.137) % 22, lat: ((i * 7.31) % 170) - 85, lon: ((i * 13.7) % 360) - 180 };
      const parsed = parseMapHash(`#${formatMapView(view)}`);
      expect(parsed).not.toBeNull();
      expect(parsed!.zoom).toBeCloseTo(view.zoom, 2);
      expect(parsed!.lat).toBeCloseTo(view.lat, 3);
      expect(Math.abs(wrapLongitude(parsed!.lon - view.lon))).toBeLessThan(1e-3);
      expect(formatMapView(parsed!)).toBe(formatMapView(view));
    }
  });
});

describe('withMapView and anchorFromHash', () => {
  it('replaces the map part and keeps an anchor', () => {
    expect(withMapView('#excerpt-a-1', { zoom: 3, lat: 1, lon: 2 })).toBe('#map=3/1/2&excerpt-a-1');
    expect(withMapView('#map=1/1/1&excerpt-a-1', { zoom: 3, lat: 1, lon: 2 })).toBe('#map=3/1/2&excerpt-a-1');
    expect(withMapView('#map=1/1/1', null)).toBe('');
    expect(anchorFromHash('#map=3/1/2&excerpt-a-1')).toBe('excerpt-a-1');
    expect(anchorFromHash('#map=3/1/2')).toBeNull();
  });

  it('wraps longitudes into [-180, 180)', () => {
    expect(wrapLongitude(180)).toBe(-180);
    expect(wrapLongitude(540)).toBe(-180);
    expect(wrapLongitude(-181)).toBe(179);
    expect(wrapLongitude(36.5)).toBe(36.5);
  });
});
