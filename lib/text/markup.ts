// Plain text from articles pasted with HTML markup. The app renders article text as text only, so this
// is about readability and clean place matching, not safety: nothing here is ever interpreted as HTML.

const HTML_ELEMENTS = [
  'a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'body', 'br', 'caption', 'cite', 'code', 'dd', 'div', 'dl',
  'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'label', 'li', 'link', 'main', 'meta', 'nav',
  'noscript', 'ol', 'p', 'picture', 'pre', 'q', 's', 'section', 'small', 'source', 'span', 'strong', 'sub',
  'sup', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr', 'u', 'ul', 'video',
];
const BLOCK_ELEMENTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
]);
const TAG = new RegExp(`<\\/?(${HTML_ELEMENTS.join('|')})(?:\\s[^<>]*)?\\/?>`, 'gi');
const HIDDEN = /<(script|style|head|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

/** True when `text` holds tags of known HTML elements (so "a < b > c" or "<3" is not markup). */
export function hasHtmlMarkup(text: string): boolean {
  TAG.lastIndex = 0;
  return TAG.test(text) || /<!--|<!DOCTYPE/i.test(text);
}

/**
 * Rule: comments, doctype and the content of script/style/head/noscript/template/svg elements are removed;
 * tags of block elements (p, div, br, h1-h6, li, tr...) become line breaks (so each becomes its own
 * sentence); other known tags are removed; HTML entities are decoded; then runs of spaces are collapsed and
 * more than one blank line is reduced to one. Anything that is not a known tag stays as written.
 */
export function stripHtml(text: string): string {
  const stripped = text
    .replace(COMMENT, '')
    .replace(HIDDEN, '')
    .replace(TAG, (_tag, name: string) => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? '\n\n' : ''));
  return decodeEntities(stripped)
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : entity;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}
