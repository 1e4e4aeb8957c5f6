// The basemap's two icons (city dot, capital dot) as a MapLibre sprite sheet at 1x and 2x,
// drawn with @napi-rs/canvas so that no image file needs to be committed.
import { createCanvas } from '@napi-rs/canvas';
import { SPRITE_ICONS } from '../../lib/map/basemapFiles';
import { MAP_PALETTES, type MapTheme } from '../../lib/map/palette';

export interface SpriteFiles {
  /** File name (e.g. "sprite@2x.png") → content. */
  [fileName: string]: Uint8Array;
}

interface IconSpec {
  id: string;
  /** Size in CSS pixels. */
  size: number;
  draw: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>, size: number) => void;
}

/** Dots in the theme's basemap colours: a filled dot for cities, a ringed dot for capitals. */
function iconSpecs(theme: MapTheme): IconSpec[] {
  const palette = MAP_PALETTES[theme].basemap;
  return [
    {
      id: SPRITE_ICONS.city,
      size: 12,
      draw: (ctx, size) => {
        ctx.beginPath();
        ctx.arc(size / 2, size / 2, size * 0.3, 0, Math.PI * 2);
        ctx.fillStyle = palette.cityDot;
        ctx.fill();
        ctx.lineWidth = size * 0.1;
        ctx.strokeStyle = palette.land;
        ctx.stroke();
      },
    },
    {
      id: SPRITE_ICONS.capital,
      size: 16,
      draw: (ctx, size) => {
        ctx.beginPath();
        ctx.arc(size / 2, size / 2, size * 0.36, 0, Math.PI * 2);
        ctx.fillStyle = palette.land;
        ctx.fill();
        ctx.lineWidth = size * 0.12;
        ctx.strokeStyle = palette.capitalDot;
        ctx.stroke();
        ctx.beginPath();
        ctx.arc(size / 2, size / 2, size * 0.14, 0, Math.PI * 2);
        ctx.fillStyle = palette.capitalDot;
        ctx.fill();
      },
    },
  ];
}

/** Sprite sheet files for one theme: `${name}.json`, `${name}.png`, `${name}@2x.json`, `${name}@2x.png`. */
export function buildSpriteFiles(name: string, theme: MapTheme): SpriteFiles {
  const files: SpriteFiles = {};
  const icons = iconSpecs(theme);
  for (const pixelRatio of [1, 2]) {
    const width = icons.reduce((sum, icon) => sum + icon.size * pixelRatio, 0);
    const height = Math.max(...icons.map((icon) => icon.size * pixelRatio));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    const index: Record<string, { x: number; y: number; width: number; height: number; pixelRatio: number }> = {};
    let x = 0;
    for (const icon of icons) {
      const size = icon.size * pixelRatio;
      ctx.save();
      ctx.translate(x, 0);
      icon.draw(ctx, size);
      ctx.restore();
      index[icon.id] = { x, y: 0, width: size, height: size, pixelRatio };
      x += size;
    }
    const suffix = pixelRatio === 1 ? '' : `@${pixelRatio}x`;
    files[`${name}${suffix}.json`] = new TextEncoder().encode(`${JSON.stringify(index, null, 2)}\n`);
    files[`${name}${suffix}.png`] = new Uint8Array(canvas.toBuffer('image/png'));
  }
  return files;
}
