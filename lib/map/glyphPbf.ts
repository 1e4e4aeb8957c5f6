// MapLibre's SDF glyph range format (mapbox glyphs.proto):
//   glyphs    { repeated fontstack stacks = 1; }
//   fontstack { string name = 1; string range = 2; repeated glyph glyphs = 3; }
//   glyph     { uint32 id = 1; bytes bitmap = 2; uint32 width = 3; uint32 height = 4;
//               sint32 left = 5; sint32 top = 6; uint32 advance = 7; }
// The bitmap is (width + 6) × (height + 6) bytes: the glyph's SDF with a 3 px border.
import { PbfReader, PbfWriter } from 'pbf';

export const GLYPH_BORDER = 3;

export interface SdfGlyph {
  id: number;
  /** Absent for glyphs with no ink (space). */
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export interface GlyphRange {
  fontstack: string;
  /** "0-255" */
  range: string;
  glyphs: SdfGlyph[];
}

function writeGlyph(glyph: SdfGlyph, pbf: PbfWriter): void {
  pbf.writeVarintField(1, glyph.id);
  if (glyph.bitmap && glyph.bitmap.length > 0) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

function writeFontstack(range: GlyphRange, pbf: PbfWriter): void {
  pbf.writeStringField(1, range.fontstack);
  pbf.writeStringField(2, range.range);
  for (const glyph of [...range.glyphs].sort((a, b) => a.id - b.id)) pbf.writeMessage(3, writeGlyph, glyph);
}

export function encodeGlyphRange(range: GlyphRange): Uint8Array {
  for (const glyph of range.glyphs) {
    const expected = glyph.bitmap ? (glyph.width + 2 * GLYPH_BORDER) * (glyph.height + 2 * GLYPH_BORDER) : 0;
    if (glyph.bitmap && glyph.bitmap.length !== expected) {
      throw new Error(
        `Glyph U+${glyph.id.toString(16).toUpperCase()} of "${range.fontstack}": bitmap has ${glyph.bitmap.length} bytes, expected ${expected}`,
      );
    }
  }
  const pbf = new PbfWriter();
  pbf.writeMessage(1, writeFontstack, range);
  return pbf.finish();
}

function readGlyph(tag: number, glyph: SdfGlyph, pbf: PbfReader): void {
  if (tag === 1) glyph.id = pbf.readVarint();
  else if (tag === 2) glyph.bitmap = pbf.readBytes();
  else if (tag === 3) glyph.width = pbf.readVarint();
  else if (tag === 4) glyph.height = pbf.readVarint();
  else if (tag === 5) glyph.left = pbf.readSVarint();
  else if (tag === 6) glyph.top = pbf.readSVarint();
  else if (tag === 7) glyph.advance = pbf.readVarint();
}

function readFontstack(tag: number, range: GlyphRange, pbf: PbfReader): void {
  if (tag === 1) range.fontstack = pbf.readString();
  else if (tag === 2) range.range = pbf.readString();
  else if (tag === 3) {
    range.glyphs.push(pbf.readMessage(readGlyph, { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
  }
}

/** Decode a glyph range file (the fields MapLibre reads), for checks and tests. */
export function decodeGlyphRanges(data: Uint8Array): GlyphRange[] {
  return new PbfReader(data).readFields(
    (tag: number, ranges: GlyphRange[], pbf: PbfReader) => {
      if (tag === 1) ranges.push(pbf.readMessage(readFontstack, { fontstack: '', range: '', glyphs: [] }));
    },
    [] as GlyphRange[],
  );
}
