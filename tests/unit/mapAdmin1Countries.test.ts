import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countryCodesOfFeatures, parseAdmin1Override } from '../../lib/map/admin1Countries';
import { BasemapInputError, loadCorpusCountryCodes } from '../../scripts/basemap/sources';

describe('admin-1 countries', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'admin1-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses BASEMAP_ADMIN1 and names bad entries', () => {
    expect(parseAdmin1Override(' ua,RU , kp,,RU')).toEqual(['KP', 'RU', 'UA']);
    expect(() => parseAdmin1Override('RU,Russia,1')).toThrow(/BASEMAP_ADMIN1.*not codes: RUSSIA, 1/);
  });

  it('collects the country codes of the corpus places', () => {
    const features = [
      { properties: { countryCode: 'ru' } },
      { properties: { countryCode: 'KP' } },
      { properties: {} },
      { properties: { countryCode: 'RU' } },
      null,
    ];
    expect(countryCodesOfFeatures(features)).toEqual(['KP', 'RU']);
    const file = path.join(dir, 'places.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
    expect(loadCorpusCountryCodes(file)).toEqual(['KP', 'RU']);
  });

  it('falls back to none without a places file and explains a broken one', () => {
    expect(loadCorpusCountryCodes(path.join(dir, 'missing.geojson'))).toEqual([]);
    const broken = path.join(dir, 'broken.geojson');
    writeFileSync(broken, '{"type": "FeatureCollection", ');
    expect(() => loadCorpusCountryCodes(broken)).toThrow(BasemapInputError);
    expect(() => loadCorpusCountryCodes(broken)).toThrow(/corpus places file .*broken\.geojson is not valid JSON/);
    const noFeatures = path.join(dir, 'nofeatures.geojson');
    writeFileSync(noFeatures, '{"type": "FeatureCollection"}');
    expect(() => loadCorpusCountryCodes(noFeatures)).toThrow(/no "features" array/);
  });
});
