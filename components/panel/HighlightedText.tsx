import { splitByHighlights } from '@/lib/corpus/highlight';
import type { TextSpan } from '@/lib/types';

/** Article text is always rendered as text nodes; highlights become <mark>. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly TextSpan[] }) {
  return (
    <>
      {splitByHighlights(text, highlights).map((piece, i) =>
        piece.highlighted ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
