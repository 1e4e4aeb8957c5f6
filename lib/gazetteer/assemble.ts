// Turns the loaded source tables into gazetteer records and display shapes: English names and surface
// forms, curated corrections, unique stable ids, simplified antimeridian-safe shapes. Pure: no file access,
// so the same sources always give the same output.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf, labelPointOf, mainBboxOf, roundCoordinate } from '../geometry/measure';
import type { BBox } from '../types';
import { AMBIGUOUS_DEMONYMS, AREAS, CITY_CURATION, COUNTRY_CURATION, REGION_CURATION } from './curated';
import { MAX_VERTICES, levelledShape, levelledShapesOfTopology, unionAtLevels } from './displayShapes';
import { isLatinText, slugify } from './slug';
import { demonymPlural, plainEnglishForm, spellingVariants, unique } from './names';
import { englishRegionName, regionStyleOf, withoutArabicArticle } from './regionNames';
import type { ArcPolygons } from '../geometry/topology';
import type { CitySource } from './sources/cities';
import type { CountrySource } from './sources/countries';
import type { RegionSource } from './sources/regions';
import type { GazetteerRecord, GazetteerShapeLevels, GazetteerShapes } from './types';

export interface GazetteerSources {
  countries: CountrySource[];
  regions: RegionSource[];
  cities: CitySource[];
  /** Arcs that `CountrySource.arcs` refer to: countries given as arcs share their simplified borders. */
  countryArcs?: Position[][];
  /** Arcs that `RegionSource.arcs` refer to (the regions' own topology). */
  regionArcs?: Position[][];
}

export interface GazetteerBuild {
  /** Sorted by id. */
  records: GazetteerRecord[];
  /** Keys sorted; one entry per country, region and area: the shape at level 0 of detail. */
  shapes: GazetteerShapes;
  /** Same keys: the coarser levels and the neighbours of each shape. */
  shapeLevels: GazetteerShapeLevels;
}

/** Half-size in degrees of the box given to a city (a point) so the map can zoom to it. */
export const CITY_BOX_HALF_SIZE = 0.05;

/** Cities at least this big keep their bare name for themselves: a region of the same name (a city
 *  municipality like "Beijing") gets an id with its type instead. */
const MAJOR_CITY_POPULATION = 100_000;

type Shape = Polygon | MultiPolygon;

/** A place's shape at every level, and the sources of its neighbours (their ids are known only later). */
interface ShapeBuild<S> {
  levels: Shape[];
  neighbours: S[];
}

export function assembleGazetteer(sources: GazetteerSources): GazetteerBuild {
  const records: GazetteerRecord[] = [];
  /** id -> the shape at every level, finest first. */
  const shapes = new Map<string, Shape[]>();
  /** id -> the sources of its neighbours. */
  const neighbourSources = new Map<string, object[]>();
  const idOfSource = new Map<object, string>();
  const addShape = (id: string, source: object | null, shape: ShapeBuild<object>) => {
    shapes.set(id, shape.levels);
    neighbourSources.set(id, shape.neighbours);
    if (source) idOfSource.set(source, id);
  };
  const ids = new Set<string>();
  const claim = (id: string, what: string): string => {
    if (!id) throw new Error(`Gazetteer: empty id for ${what}.`);
    if (ids.has(id)) throw new Error(`Gazetteer: id "${id}" for ${what} is already taken.`);
    ids.add(id);
    return id;
  };

  const majorCityNames = majorCityNamesByCountry(sources.cities);
  // The bare slug of a major city anywhere ("gaza", "quebec") is left for the city, not a region.
  const majorCitySlugs = new Set([...majorCityNames.values()].flatMap((names) => [...names].map(slugify)));

  // Countries first: their ids are the plain slugs of their names.
  const demonymOwners = demonymOwnersOf(sources.countries);
  const countryShapes = countryDisplayShapes(sources);
  for (const country of sources.countries) {
    const curation = COUNTRY_CURATION[country.countryCode] ?? {};
    const name = curation.name ?? country.name;
    const id = claim(slugify(name), `country ${country.countryCode}`);
    const codes = new Set([country.countryCode, country.iso3]);
    const names = unique(
      [
        name,
        country.name,
        country.officialName,
        ...(country.outlineName.includes('.') ? [] : [country.outlineName]),
        ...country.altSpellings.filter((spelling) => isLatinText(spelling) && !codes.has(spelling)),
        ...(curation.aliases ?? []),
      ].flatMap(spellingVariants),
    ).filter((form) => !(curation.dropNames ?? []).includes(form));
    const singular = unique([...country.demonyms, ...(curation.demonyms ?? [])]).filter(
      (demonym) => !AMBIGUOUS_DEMONYMS.includes(demonym) && demonymOwners.get(demonym) === country.countryCode,
    );
    const demonyms = unique([...singular, ...singular.map((demonym) => demonymPlural(demonym) ?? '')]);
    const built = countryShapes.get(country) ?? { levels: levelledShape(country.geometry, MAX_VERTICES.country, `country ${country.countryCode}`), neighbours: [] };
    addShape(id, country, built);
    records.push(placeRecord({ id, name, kind: 'country', countryCode: country.countryCode, shape: built.levels[0], names, demonyms }));
  }

  // Regions, in a fixed order so that id collisions always resolve the same way.
  const usedRegionCurations = new Set<string>();
  const regionIdByAdmin1Key = new Map<string, string | null>();
  const regionShapes = regionDisplayShapes(sources);
  const regions = [...sources.regions].sort(
    (a, b) => a.countryCode.localeCompare(b.countryCode) || a.sourceName.localeCompare(b.sourceName) || (a.geonameId ?? 0) - (b.geonameId ?? 0),
  );
  for (const region of regions) {
    const key = `${region.countryCode}:${region.sourceName}`;
    const curation = REGION_CURATION[key];
    if (curation) usedRegionCurations.add(key);
    const derived = englishRegionName(plainEnglishForm(region.sourceName, region.countryCode), region.countryCode);
    const name = curation?.name ?? derived.name;
    const style = regionStyleOf(curation?.type, region.localType, region.englishType);
    const majorCities = majorCityNames.get(region.countryCode) ?? new Set<string>();
    // A region named like a major city of its country ("Aleppo", "Beijing") is labelled with its type so
    // the two records can be told apart in the app.
    const styledName = style.displayName(name);
    const displayName =
      styledName === name && majorCities.has(name.toLowerCase())
        ? style.cityLike
          ? `${name} (${style.typeWords.toLowerCase()})`
          : `${name} ${style.typeWords === 'region' ? 'region' : style.typeWords}`
        : styledName;
    // Type forms ("X Oblast") are made from the English spellings only, not from the source's
    // apostrophe transliteration, which is kept as a bare alternate name; a curated name replaces both.
    const articleless = withoutArabicArticle(name, region.countryCode);
    const englishBases = unique([
      name,
      ...(curation?.name ? [] : [plainEnglishForm(region.sourceName, region.countryCode), ...derived.aliases]),
      ...(articleless ? [articleless] : []),
    ]);
    const bases = unique([...englishBases, region.sourceName]);
    // A city-like region (a municipality, a federal city) must not answer to the bare city name.
    const bareNames = style.cityLike && bases.some((base) => majorCities.has(base.toLowerCase())) ? [] : bases;
    const sourceAliases = curation?.dropSourceAliases
      ? []
      : region.altNames.filter(
          (alt) =>
            isLatinText(alt) && !alt.includes('.') && (!majorCities.has(alt.toLowerCase()) || (!style.cityLike && bases.includes(alt))),
        );
    // A major city's name (in any spelling) stays with the city, except as the bare name of a region
    // that is not itself the city ("Kursk" for Kursk Oblast, as news writes "in Kursk").
    // Curated aliases are kept as written ("Gaza" for the Gaza Strip as well as the city).
    const ownBareNames = new Set([...bareNames, ...(curation?.aliases ?? [])].flatMap(spellingVariants));
    const names = unique(
      [displayName, ...bareNames, ...englishBases.flatMap(style.forms), ...(curation?.aliases ?? []), ...sourceAliases].flatMap(spellingVariants),
    ).filter((form) => ownBareNames.has(form) || !majorCities.has(form.toLowerCase()));
    const plainId = slugify(displayName);
    const candidates = [
      plainId,
      slugify(`${displayName} ${style.typeWords}`),
      slugify(`${displayName} ${style.typeWords} ${region.countryCode}`),
      slugify(`${displayName} ${style.typeWords} ${region.countryCode} ${region.geonameId ?? records.length}`),
    ].filter((candidate) => !(candidate === plainId && majorCitySlugs.has(plainId)));
    const id = claim(candidates.find((candidate) => !ids.has(candidate)) ?? candidates[candidates.length - 1], `region ${key}`);
    if (region.admin1Key) {
      // A GeoNames admin-1 key claimed by two Natural Earth records is ambiguous: link neither.
      regionIdByAdmin1Key.set(region.admin1Key, regionIdByAdmin1Key.has(region.admin1Key) ? null : id);
    }
    const built = regionShapes.get(region) ?? { levels: levelledShape(region.geometry, MAX_VERTICES.region, `region ${key}`), neighbours: [] };
    addShape(id, region, built);
    records.push(
      placeRecord({ id, name: displayName, kind: 'region', countryCode: region.countryCode, shape: built.levels[0], names, geonameId: region.geonameId }),
    );
  }
  const unusedRegionCurations = Object.keys(REGION_CURATION).filter((key) => !usedRegionCurations.has(key));
  if (unusedRegionCurations.length > 0) {
    throw new Error(`Gazetteer: curated regions not found in Natural Earth admin-1: ${unusedRegionCurations.join(', ')}.`);
  }

  // Areas: unions of places built above.
  const recordById = new Map(records.map((record) => [record.id, record]));
  for (const area of AREAS) {
    const members = area.memberIds.map((memberId) => {
      const member = recordById.get(memberId);
      const levels = shapes.get(memberId);
      if (!member || !levels) throw new Error(`Gazetteer: area "${area.id}" names unknown member "${memberId}".`);
      return { member, levels };
    });
    const id = claim(area.id, `area ${area.id}`);
    const countryCodes = unique(members.map(({ member }) => member.countryCode ?? ''));
    // An area overlaps its members rather than bordering them: it has no neighbours.
    const levels = unionAtLevels(members.map((member) => member.levels), `area "${area.id}"`);
    addShape(id, null, { levels, neighbours: [] });
    const shape = levels[0];
    records.push(
      placeRecord({
        id,
        name: area.name,
        kind: 'area',
        countryCode: countryCodes.length === 1 && countryCodes[0] ? countryCodes[0] : undefined,
        shape,
        names: unique([area.name, ...area.names].flatMap(spellingVariants)),
        memberIds: [...area.memberIds],
      }),
    );
  }

  // Cities, most populous first: the biggest city of a name gets the bare slug.
  const usedCityCurations = new Set<number>();
  const cities = [...sources.cities].sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  for (const city of cities) {
    const curation = CITY_CURATION[city.geonameId];
    if (curation) usedCityCurations.add(city.geonameId);
    const name = curation?.name ?? plainEnglishForm(city.name, city.countryCode);
    let id: string;
    if (curation?.id) {
      id = claim(curation.id, `city ${city.geonameId}`);
    } else {
      const base = slugify(name) || `city-${city.geonameId}`;
      const candidates = [base, `${base}-${city.countryCode.toLowerCase()}`, `${base}-${city.countryCode.toLowerCase()}-${city.geonameId}`];
      id = claim(candidates.find((candidate) => !ids.has(candidate)) ?? candidates[2], `city ${city.geonameId}`);
    }
    const lon = roundCoordinate(city.lon);
    const lat = roundCoordinate(city.lat);
    const admin1Id = regionIdByAdmin1Key.get(`${city.countryCode}.${city.adminCode}`) ?? undefined;
    records.push({
      id,
      name,
      kind: 'city',
      countryCode: city.countryCode,
      lon,
      lat,
      ...(city.population > 0 ? { population: city.population } : {}),
      geonameId: city.geonameId,
      names: unique(
        [name, city.name, ...(curation?.aliases ?? []), withoutArabicArticle(plainEnglishForm(city.name, city.countryCode), city.countryCode) ?? ''].flatMap(
          spellingVariants,
        ),
      ),
      ...(city.featureCode === 'PPLC' ? { capital: true } : {}),
      featureCode: city.featureCode,
      ...(admin1Id ? { admin1Id } : {}),
      bbox: cityBox(lon, lat),
    });
  }
  const unusedCityCurations = Object.keys(CITY_CURATION).filter((key) => !usedCityCurations.has(Number(key)));
  if (unusedCityCurations.length > 0) {
    throw new Error(`Gazetteer: curated GeoNames ids not found among the cities: ${unusedCityCurations.join(', ')}.`);
  }

  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sortedShapes: GazetteerShapes = {};
  const shapeLevels: GazetteerShapeLevels = {};
  for (const id of [...shapes.keys()].sort()) {
    const [finest, ...coarser] = shapes.get(id) as Shape[];
    sortedShapes[id] = finest;
    const neighbours = (neighbourSources.get(id) ?? []).map((source) => idOfSource.get(source) as string).sort();
    shapeLevels[id] = { neighbours, coarser };
  }
  return { records, shapes: sortedShapes, shapeLevels };
}

interface PlaceRecordInput {
  id: string;
  name: string;
  kind: 'country' | 'region' | 'area';
  countryCode?: string;
  shape: Shape;
  names: string[];
  demonyms?: string[];
  geonameId?: number;
  memberIds?: string[];
}

/** A record for a place with a shape, with keys in a fixed order (the output is compared byte for byte). */
function placeRecord(input: PlaceRecordInput): GazetteerRecord {
  const [lon, lat] = labelPointOf(input.shape);
  const bbox = bboxOf(input.shape);
  const viewBbox = mainBboxOf(input.shape);
  return {
    id: input.id,
    name: input.name,
    kind: input.kind,
    ...(input.countryCode ? { countryCode: input.countryCode } : {}),
    lon,
    lat,
    ...(input.geonameId ? { geonameId: input.geonameId } : {}),
    names: input.names,
    ...(input.demonyms && input.demonyms.length > 0 ? { demonyms: input.demonyms } : {}),
    ...(input.memberIds ? { memberIds: input.memberIds } : {}),
    bbox,
    ...(viewBbox.some((value, i) => value !== bbox[i]) ? { viewBbox } : {}),
  };
}

/** Display shapes of the countries given as arcs, simplified together so that neighbours share borders. */
function countryDisplayShapes(sources: GazetteerSources): Map<CountrySource, ShapeBuild<CountrySource>> {
  return topologyShapes(sources.countryArcs, sources.countries, MAX_VERTICES.country, 'country');
}

/** Display shapes of the regions given as arcs (all of them in one topology, across countries). */
function regionDisplayShapes(sources: GazetteerSources): Map<RegionSource, ShapeBuild<RegionSource>> {
  return topologyShapes(sources.regionArcs, sources.regions, MAX_VERTICES.region, 'region');
}

function topologyShapes<S extends { arcs?: ArcPolygons }>(arcs: Position[][] | undefined, all: readonly S[], maxVertices: number, what: string): Map<S, ShapeBuild<S>> {
  const withArcs = arcs ? all.filter((source) => source.arcs) : [];
  if (!arcs || withArcs.length === 0) return new Map();
  const built = levelledShapesOfTopology(arcs, withArcs.map((source) => source.arcs ?? []), maxVertices, what);
  return new Map(withArcs.map((source, i) => [source, { levels: built[i].levels, neighbours: built[i].neighbours.map((n) => withArcs[n]) }]));
}

function cityBox(lon: number, lat: number): BBox {
  const h = CITY_BOX_HALF_SIZE;
  return [roundCoordinate(lon - h), roundCoordinate(Math.max(-90, lat - h)), roundCoordinate(lon + h), roundCoordinate(Math.min(90, lat + h))];
}

/** Demonym -> the one country it may name. world-countries gives some demonyms to several places
 *  ("French" to France and the French Southern Territories): the only independent state among them keeps
 *  it; if there is not exactly one, nobody does. */
function demonymOwnersOf(countries: CountrySource[]): Map<string, string> {
  const holders = new Map<string, CountrySource[]>();
  for (const country of countries) {
    const curated = COUNTRY_CURATION[country.countryCode]?.demonyms ?? [];
    for (const demonym of unique([...country.demonyms, ...curated])) {
      holders.set(demonym, [...(holders.get(demonym) ?? []), country]);
    }
  }
  const owners = new Map<string, string>();
  for (const [demonym, list] of holders) {
    const candidates = list.length === 1 ? list : list.filter((country) => country.independent);
    if (candidates.length === 1) owners.set(demonym, candidates[0].countryCode);
  }
  return owners;
}

function majorCityNamesByCountry(cities: CitySource[]): Map<string, Set<string>> {
  const byCountry = new Map<string, Set<string>>();
  for (const city of cities) {
    if (city.population < MAJOR_CITY_POPULATION) continue;
    const names = byCountry.get(city.countryCode) ?? new Set<string>();
    names.add(city.name.toLowerCase());
    names.add(plainEnglishForm(city.name, city.countryCode).toLowerCase());
    const curatedName = CITY_CURATION[city.geonameId]?.name;
    if (curatedName) names.add(curatedName.toLowerCase());
    byCountry.set(city.countryCode, names);
  }
  return byCountry;
}
