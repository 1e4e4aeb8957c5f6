// What the map's sources cost to hand to maplibre's worker: setData copies each one on the main thread
// (structured clone, as postMessage does), so its size in JavaScript values is main-thread time at load.
// Compares the places as `/api/places` serves them with what splitPlaces gives the map (no article ids).
//
//   npx tsx scripts/bench/map-source-copy.ts                                              # default corpus
//   GENERATED_DIR=$PWD/bench/.cache/generated-10k npx tsx scripts/bench/map-source-copy.ts   # 10,000 articles
import { getPlaces } from '../../lib/corpus/store';
import { splitPlaces } from '../../lib/map/cityClusters';
import { median } from './lib/metrics';
import { markdownTable, numberSetting } from './load';

const rounds = numberSetting('ROUNDS', 15);
const places = getPlaces();
const split = splitPlaces(places, null);
// The same features as splitPlaces chose, as served: the split decides what is a shape.
const shapeIds = new Set(split.shapes.features.map((f) => f.id));
const asServed = {
  shapes: places.features.filter((f) => shapeIds.has(f.id)),
  cities: places.features.filter((f) => !shapeIds.has(f.id)),
};
const asSent = { shapes: split.shapes.features, cities: split.clustered.features };

function cloneMs(value: unknown): number {
  const start = performance.now();
  structuredClone(value);
  return performance.now() - start;
}

const times = { served: [] as number[], sent: [] as number[] };
// Alternating, so that a warming or a busy moment of the machine falls on both.
for (let i = 0; i < rounds; i++) {
  times.served.push(cloneMs(asServed));
  times.sent.push(cloneMs(asSent));
}
const bytes = (value: unknown) => `${(JSON.stringify(value).length / 1e6).toFixed(2)} MB`;
console.log(`### Copying the map's shape and city sources (${places.features.length} places, median of ${rounds})\n`);
console.log(
  markdownTable(
    ['data', 'JSON size', 'structuredClone ms'],
    [
      ['as /api/places serves it (with article ids)', bytes(asServed), median(times.served).toFixed(1)],
      ['as the map gets it (splitPlaces)', bytes(asSent), median(times.sent).toFixed(1)],
    ],
  ),
);
