import { splitByHighlights } from '@/lib/corpus/highlight';
import type { TextSpan } from '@/lib/types';

/**
 * Article text is always rendered as text nodes; highlights become <mark>. The plain pieces are bare
 * strings, not <span>s: the place page's payload carries every excerpt, and it is smaller without them.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly TextSpan[] }) {
  return (
    <>
      {splitByHighlights(text, highlights).map((piece, i) => (piece.highlighted ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
