// Which font stacks a style's symbol layers ask for, so that checks can match them against the
// generated glyph ranges.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

const EXPRESSION_OPERATORS = new Set(['get', 'literal', 'case', 'match', 'coalesce', 'step', 'interpolate', 'zoom']);

/** Every font named in a layer's `text-font`, whether a plain stack or inside an expression. */
export function textFontsOf(layer: LayerSpecification): string[] {
  if (layer.type !== 'symbol') return [];
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    const isStack = value.length > 0 && value.every((item) => typeof item === 'string') && !EXPRESSION_OPERATORS.has(value[0] as string);
    if (isStack) {
      for (const font of value as string[]) found.add(font);
      return;
    }
    for (const item of value) visit(item);
  };
  visit(layer.layout?.['text-font']);
  return [...found].sort();
}
