// Build-time SDF glyph ranges from the Noto Sans files shipped by @fontsource/noto-sans, rendered
// with @mapbox/tiny-sdf on a @napi-rs/canvas 2D canvas. Only code points present in the font's own
// cmap are drawn, so no system fallback font can leak in and the output depends on the package only.
import { GlobalFonts, createCanvas, type Canvas } from '@napi-rs/canvas';
import TinySDF from '@mapbox/tiny-sdf';
import opentype from 'opentype.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONTSTACKS, GLYPH_RANGE_SIZE, allGlyphRangeNames, glyphRangeName, type FontstackSource } from '../../lib/map/fontstacks';
import { encodeGlyphRange, type SdfGlyph } from '../../lib/map/glyphPbf';

/** Subsets drawn, in order of preference when a code point is in more than one. Devanagari is left
 * out: MapLibre does not shape Indic scripts, so its glyphs would render wrongly anyway. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

const FONT_SIZE = 24;
const BUFFER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/** Baseline-to-top shift MapLibre applies to server glyphs of a 24 px font (cf. its local TinySDF path). */
const TOP_ADJUSTMENT = 27;

class NodeTinySDF extends TinySDF {
  // TinySDF creates its canvas through this hook; in Node there is no OffscreenCanvas.
  _createCanvas(size: number): Canvas {
    return createCanvas(size, size);
  }
}

const requireFromHere = createRequire(import.meta.url);

function fontsourceDir(): string {
  return path.dirname(requireFromHere.resolve('@fontsource/noto-sans/package.json'));
}

function parseUnicodeRange(spec: string): Array<[number, number]> {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

interface SubsetFont {
  family: string;
  codePoints: Set<number>;
}

function loadSubsetFonts(source: FontstackSource): SubsetFont[] {
  const dir = fontsourceDir();
  const unicode = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return SUBSETS.map((subset) => {
    const file = path.join(dir, 'files', `noto-sans-${subset}-${source.weight}-${source.style}`);
    const family = `basemap-${subset}-${source.weight}-${source.style}`;
    GlobalFonts.registerFromPath(`${file}.woff2`, family);
    const woff = readFileSync(`${file}.woff`);
    const font = opentype.parse(woff.buffer.slice(woff.byteOffset, woff.byteOffset + woff.byteLength));
    const cmap = font.tables.cmap;
    const inRange = parseUnicodeRange(unicode[subset] ?? '');
    const codePoints = new Set<number>();
    for (const key of Object.keys(cmap.glyphIndexMap)) {
      const codePoint = Number(key);
      if (codePoint < 65536 && inRange.some(([from, to]) => codePoint >= from && codePoint <= to)) codePoints.add(codePoint);
    }
    return { family, codePoints };
  });
}

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
}

function renderFontstack(source: FontstackSource): Map<string, SdfGlyph[]> {
  const subsets = loadSubsetFonts(source);
  const byRange = new Map<string, SdfGlyph[]>();
  const drawn = new Set<number>();
  for (const subset of subsets) {
    const sdf = new NodeTinySDF({
      fontSize: FONT_SIZE,
      buffer: BUFFER,
      radius: RADIUS,
      cutoff: CUTOFF,
      fontFamily: subset.family,
      fontWeight: String(source.weight),
      fontStyle: source.style,
    });
    for (const codePoint of [...subset.codePoints].sort((a, b) => a - b)) {
      if (drawn.has(codePoint) || isControl(codePoint)) continue;
      drawn.add(codePoint);
      const glyph = sdf.draw(String.fromCodePoint(codePoint));
      const hasInk = glyph.glyphWidth > 0 && glyph.glyphHeight > 0;
      const entry: SdfGlyph = {
        id: codePoint,
        bitmap: hasInk ? new Uint8Array(glyph.data.buffer, glyph.data.byteOffset, glyph.data.length) : undefined,
        width: hasInk ? glyph.glyphWidth : 0,
        height: hasInk ? glyph.glyphHeight : 0,
        left: hasInk ? glyph.glyphLeft : 0,
        top: hasInk ? glyph.glyphTop - TOP_ADJUSTMENT : 0,
        advance: Math.max(0, Math.round(glyph.glyphAdvance)),
      };
      const range = glyphRangeName(codePoint);
      const list = byRange.get(range) ?? [];
      list.push(entry);
      byRange.set(range, list);
    }
  }
  return byRange;
}

export interface GlyphFile {
  /** Path relative to the glyphs directory: "{fontstack}/{range}.pbf". */
  relativePath: string;
  data: Uint8Array;
  glyphCount: number;
}

/**
 * Every 256-code-point range of the BMP for every font stack: ranges the font does not cover are
 * written as valid empty ranges, so MapLibre never meets a 404 whatever text it is asked to draw.
 */
export function buildGlyphFiles(fontstacks: readonly FontstackSource[] = FONTSTACKS): GlyphFile[] {
  const files: GlyphFile[] = [];
  for (const source of fontstacks) {
    const byRange = renderFontstack(source);
    for (const range of allGlyphRangeNames()) {
      const glyphs = byRange.get(range) ?? [];
      files.push({
        relativePath: `${source.name}/${range}.pbf`,
        data: encodeGlyphRange({ fontstack: source.name, range, glyphs }),
        glyphCount: glyphs.length,
      });
    }
  }
  return files;
}

export { GLYPH_RANGE_SIZE };
