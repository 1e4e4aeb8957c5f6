// npm run basemap: writes the self-hosted offline basemap (GeoJSON and SDF glyphs) into
// public/generated/. Admin-1 lines are drawn for the countries of the corpus places
// (data/generated/places.geojson), or for BASEMAP_ADMIN1=RU,UA,… when set.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { parseAdmin1Override } from '../lib/map/admin1Countries';
import { buildBasemap } from './basemap/buildBasemap';
import { BasemapInputError, loadCorpusCountryCodes } from './basemap/sources';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function admin1Countries(): string[] {
  const override = process.env.BASEMAP_ADMIN1;
  if (override !== undefined && override.trim() !== '') {
    try {
      return parseAdmin1Override(override);
    } catch (error) {
      throw new BasemapInputError((error as Error).message);
    }
  }
  return loadCorpusCountryCodes(path.join(root, 'data', 'generated', 'places.geojson'));
}

function main(): void {
  const started = performance.now();
  const publicDir = path.join(root, 'public');
  const result = buildBasemap({ publicDir, admin1Countries: admin1Countries() });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const geojson = result.files.filter((file) => file.path.endsWith('.geojson'));
  const gzipBytes = (file: string) => gzipSync(readFileSync(path.join(publicDir, file))).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  let totalRaw = 0;
  let totalGzip = 0;
  for (const file of geojson) {
    const gz = gzipBytes(file.path);
    totalRaw += file.bytes;
    totalGzip += gz;
    console.log(`  ${file.path}: ${kb(file.bytes)} (${kb(gz)} gzip)`);
  }
  const glyphBytes = result.files.filter((file) => file.path.endsWith('.pbf')).reduce((sum, file) => sum + file.bytes, 0);
  console.log(`basemap: ${result.countryCount} countries, ${result.cityCount} city labels, GeoJSON ${kb(totalRaw)} (${kb(totalGzip)} gzip)`);
  console.log(`admin-1 lines: ${result.admin1Drawn.join(', ') || 'none'}${result.admin1Missing.length ? ` (no data for ${result.admin1Missing.join(', ')})` : ''}`);
  console.log(`glyphs: ${result.glyphCount} glyphs in ${result.files.length - geojson.length} files (${kb(glyphBytes)}); built in ${seconds} s`);
}

try {
  main();
} catch (error) {
  if (error instanceof BasemapInputError) {
    console.error(`build-basemap: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
