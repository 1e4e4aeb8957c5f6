// From the decoded text of one article file to its id, metadata and stored body text (pure).
import { parseFrontMatter } from '../text/frontMatter';
import { markdownToText } from '../text/markdown';
import { hasHtmlMarkup, stripHtml } from '../text/markup';
import { deriveTitle } from '../text/title';

export interface PreparedArticle {
  id: string;
  fileName: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  /** Stored body: front matter, markup and the title line removed; trimmed. Offsets refer to this. */
  text: string;
}

export type PrepareResult =
  | { ok: true; article: PreparedArticle; warnings: string[] }
  | { ok: false; reason: string; warnings: string[] };

/** `text` is the whole decoded file ("\n" line ends). Warnings are phrased to follow the file name. */
export function prepareArticle(fileName: string, id: string, text: string): PrepareResult {
  if (text.trim() === '') return { ok: false, reason: 'empty file', warnings: [] };
  const fm = parseFrontMatter(text);
  const warnings = [...fm.problems];
  let body = /\.md$/i.test(fileName) ? markdownToText(fm.body) : fm.body;
  if (hasHtmlMarkup(body)) {
    body = stripHtml(body);
    warnings.push('contains HTML markup; tags were stripped and the text ingested as plain text');
  }
  if (body.trim() === '') return { ok: false, reason: 'no article text (only front matter or markup)', warnings };
  const fallback = fileName.replace(/\.[^.]*$/, '');
  const { title, body: stored } = fm.data.title
    ? { title: fm.data.title, body: body.trim() }
    : deriveTitle(body, fallback);
  if (stored === '') return { ok: false, reason: 'no article text besides its title line', warnings };
  const article: PreparedArticle = { id, fileName, title, text: stored };
  if (fm.data.source) article.source = fm.data.source;
  if (fm.data.url) article.url = fm.data.url;
  if (fm.data.publishedAt) article.publishedAt = fm.data.publishedAt;
  return { ok: true, article, warnings };
}
