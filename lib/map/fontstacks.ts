// The font stacks the offline basemap ships as SDF glyph ranges, and the range arithmetic shared by
// the glyph generator, the style and the tests. MapLibre requests glyphs in blocks of 256 code points.

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
export const FONT_ITALIC = 'Noto Sans Italic';

export interface FontstackSource {
  /** Font stack name as used in `text-font` and in the glyph URL. */
  name: string;
  /** @fontsource/noto-sans weight and style of the files it is rendered from. */
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

export const FONTSTACKS: readonly FontstackSource[] = [
  { name: FONT_REGULAR, weight: 400, style: 'normal' },
  { name: FONT_BOLD, weight: 700, style: 'normal' },
  { name: FONT_ITALIC, weight: 400, style: 'italic' },
];

export const GLYPH_RANGE_SIZE = 256;
/** MapLibre only requests glyph ranges inside the Basic Multilingual Plane. */
export const GLYPH_RANGE_COUNT = 65536 / GLYPH_RANGE_SIZE;

/** "0-255", "256-511", … : the `{range}` of the glyph URL holding a code point. */
export function glyphRangeName(codePoint: number): string {
  const start = Math.floor(codePoint / GLYPH_RANGE_SIZE) * GLYPH_RANGE_SIZE;
  return `${start}-${start + GLYPH_RANGE_SIZE - 1}`;
}

/** Every glyph range name, in code point order. */
export function allGlyphRangeNames(): string[] {
  return Array.from({ length: GLYPH_RANGE_COUNT }, (_, i) => glyphRangeName(i * GLYPH_RANGE_SIZE));
}

/** Distinct code points of a label text, in order. */
export function codePointsOf(text: string): number[] {
  return [...new Set(Array.from(text, (ch) => ch.codePointAt(0) ?? 0))];
}
