import type { TextSpan } from '../types';

export interface TextPiece {
  text: string;
  highlighted: boolean;
}

/** Cuts `text` into plain and highlighted pieces; overlapping or out-of-range spans are merged or clipped. */
export function splitByHighlights(text: string, highlights: readonly TextSpan[]): TextPiece[] {
  const spans = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), highlighted: false });
    pieces.push({ text: text.slice(start, span.end), highlighted: true });
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), highlighted: false });
  return pieces;
}
