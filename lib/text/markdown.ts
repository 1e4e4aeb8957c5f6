// Plain text from Markdown articles, so excerpts read as prose ("[Kyiv](https://...)" -> "Kyiv").

/**
 * Rule (for .md files, applied before anything else reads the body): images become their alt text,
 * links their text, reference-link definitions and horizontal rules disappear, heading ("# ") and
 * blockquote ("> ") markers are dropped, emphasis markers (**, __, *, _) and inline-code backticks are
 * removed around their text. List markers stay (each list item becomes a sentence). Nothing else changes.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^ {0,3}\[[^\]\n]+\]:\s+\S+/.test(line)) // [ref]: https://...
    .map((line) => (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line) ? '' : line)) // --- *** ___
    .map((line) => /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1] ?? line)
    .map((line) => line.replace(/^ {0,3}(?:>[ \t]?)+/, ''))
    .join('\n')
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
}
