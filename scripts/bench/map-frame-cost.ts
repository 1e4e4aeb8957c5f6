// What one frame of the map costs, and which layers make it: the bare map page (the app's style and
// places, nothing else) at one view, redrawn FRAMES times with each layer group hidden in turn, and as
// it was drawn before 2026-12-02 (round line joins, antialiased place fill: what those cost). A
// diagnostic for the click benchmark, whose panel frame waits behind a map frame in software WebGL.
//
//   npx next build && npx tsx scripts/bench/map-frame-cost.ts
//   GENERATED_DIR=$PWD/bench/.cache/generated-10k npx tsx scripts/bench/map-frame-cost.ts   # 10,000 articles
//
// Settings (environment): VIEW (zoom/lat/lon, default 3/50/25, the click benchmark's cluster-dense view),
// FRAMES (16), BASE_URL (a running app instead of `next start` of the current build), AB (a number of
// rounds: only "all layers", as styled and as before, in turn). "all layers shown"
// runs first and last: the spread between the two is the noise of the machine.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlacesCollection } from '../../lib/types';
import { parseMapHash } from '../../lib/url/mapHash';
import { startApp } from './lib/appServer';
import { startBareServer } from './lib/bareServer';
import { bareMapStyle } from './lib/bareStyle';
import { launchChromium } from './lib/browser';
import { median } from './lib/metrics';
import { markdownTable, numberSetting } from './load';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The click benchmark's map size: 1280x800 less the 400 px panel. */
const MAP_SIZE = { w: 880, h: 800 };

type MapWindow = Window & { __benchMap: MapLibreMap };
/** How the line layers join and whether fills are antialiased (the style's choices, or the old ones). */
interface Look {
  roundJoins: boolean;
  fillAntialias: boolean;
}
interface Row {
  label: string;
  hidden: string[];
  look: Look;
}

async function main(): Promise<void> {
  const frames = numberSetting('FRAMES', 16);
  const view = parseMapHash(`#map=${process.env.VIEW ?? '3/50/25'}`);
  if (!view) throw new Error(`VIEW must be zoom/lat/lon, got "${process.env.VIEW}".`);
  const app = await startApp(root);
  const browser = await launchChromium();
  let bare: Awaited<ReturnType<typeof startBareServer>> | null = null;
  try {
    const placesBytes = Buffer.from(await (await fetch(`${app.baseURL}/api/places`)).arrayBuffer());
    const places = JSON.parse(placesBytes.toString('utf8')) as PlacesCollection;
    const style = bareMapStyle(places);
    bare = await startBareServer({ root, appURL: app.baseURL, placesBytes, style });
    const ids = style.layers.map((layer) => layer.id);
    const placeIds = ids.filter((id) => id.startsWith('places-'));
    const lineIds = style.layers.filter((layer) => layer.type === 'line').map((layer) => layer.id);
    const fillIds = style.layers.filter((layer) => layer.type === 'fill').map((layer) => layer.id);
    const styled: Look = { roundJoins: false, fillAntialias: false };
    // How the lines and place fills were drawn until 2026-12-02: rows with it show what the change saves.
    const before: Look = { roundJoins: true, fillAntialias: true };
    const everyLayer: Row[] = [
      { label: 'all layers shown', hidden: [], look: styled },
      { label: 'all layers, drawn as before (round joins, antialiased fills)', hidden: [], look: before },
      ...placeIds.map((id): Row => ({ label: `${id} hidden`, hidden: [id], look: styled })),
      { label: 'every places-* layer hidden', hidden: placeIds, look: styled },
      // What this method reads for a frame with nothing to draw: a render and two animation frames, i.e.
      // about three display frames; the rows above less this are what the layers cost.
      { label: 'background only (the floor of this method)', hidden: ids.filter((id) => id !== 'background'), look: styled },
      ...ids.filter((id) => !id.startsWith('places-') && id !== 'background').map((id): Row => ({ label: `${id} hidden`, hidden: [id], look: styled })),
      { label: 'all layers, drawn as before (again)', hidden: [], look: before },
      { label: 'all layers shown (again)', hidden: [], look: styled },
    ];
    // AB=<n>: all layers as styled, as before, with only round joins and with only antialiased fills,
    // in turn n times: an A/B steadier than one row each.
    const abRounds = numberSetting('AB', 0);
    const rowsToRun: Row[] =
      abRounds > 0
        ? Array.from({ length: abRounds }, (): Row[] => [
            { label: 'all layers as styled (miter joins, place fill not antialiased)', hidden: [], look: styled },
            { label: 'as before (round joins, antialiased place fill)', hidden: [], look: before },
            { label: 'round joins only', hidden: [], look: { roundJoins: true, fillAntialias: false } },
            { label: 'antialiased place fill only', hidden: [], look: { roundJoins: false, fillAntialias: true } },
          ]).flat()
        : everyLayer;

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    // The bare page keeps its map to itself; the benchmark needs it to hide layers and redraw.
    await page.route('**/bare-map.mjs', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nwindow.__benchMap = map;\n` });
    });
    await page.goto(`${bare.baseURL}/?w=${MAP_SIZE.w}&h=${MAP_SIZE.h}&zoom=${view.zoom}&lat=${view.lat}&lon=${view.lon}`);
    await page.waitForFunction(() => document.querySelector('[data-map-state="idle"]'), null, { timeout: 120_000 });

    // Every row's label is its own, except the AB rounds', which repeat: one list of frames per label.
    const byLabel = new Map<string, number[]>();
    for (const { label, hidden, look } of rowsToRun) {
      const perFrame = await page.evaluate(
        async ({ hidden, frames, lineIds, fillIds, look }) => {
          const map = (window as unknown as MapWindow).__benchMap;
          for (const layer of map.getStyle().layers) map.setLayoutProperty(layer.id, 'visibility', hidden.includes(layer.id) ? 'none' : 'visible');
          for (const id of lineIds) map.setLayoutProperty(id, 'line-join', look.roundJoins ? 'round' : 'miter');
          // The basemap's land was never antialiased; the place fill was.
          for (const id of fillIds) map.setPaintProperty(id, 'fill-antialias', look.fillAntialias && id !== 'land');
          await new Promise((resolve) => map.once('idle', resolve));
          const start = performance.now();
          for (let i = 0; i < frames; i++) {
            map.triggerRepaint();
            await new Promise((resolve) => map.once('render', resolve));
            // Two animation frames: the second waits until the GPU has taken the drawn frame.
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }
          return (performance.now() - start) / frames;
        },
        { hidden, frames, lineIds, fillIds, look },
      );
      byLabel.set(label, [...(byLabel.get(label) ?? []), perFrame]);
      console.error(`[map-frame-cost] ${label}: ${Math.round(perFrame)} ms`);
    }
    console.log(`### One map frame at ${view.zoom}/${view.lat}/${view.lon}, ${MAP_SIZE.w}x${MAP_SIZE.h}, ${places.features.length} places, ${frames} frames each\n`);
    console.log(
      abRounds > 0
        ? markdownTable(['layers', 'median ms per frame', 'each round'], [...byLabel].map(([label, all]) => [label, Math.round(median(all)), all.map(Math.round).join(' ')]))
        : markdownTable(['layers', 'ms per frame'], [...byLabel].map(([label, [perFrame]]) => [label, Math.round(perFrame)])),
    );
  } finally {
    await browser.close();
    await bare?.stop();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`map-frame-cost failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
