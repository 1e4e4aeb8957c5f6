// opentype.js ships no type declarations; the glyph builder only reads a font's cmap.
declare module 'opentype.js' {
  export interface Font {
    tables: { cmap: { glyphIndexMap: Record<string, number> } };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
