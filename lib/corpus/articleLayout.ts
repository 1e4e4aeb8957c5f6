// Lays an article out for reading: paragraphs of sentences, each sentence cut into plain text and
// place mentions, so the view can anchor every sentence and link every mention.
import type { ArticleDocument } from '../types';

export interface ArticlePiece {
  text: string;
  placeId?: string;
}

export interface ArticleSentence {
  index: number;
  pieces: ArticlePiece[];
}

export type ArticleParagraph = ArticleSentence[];

export function layoutArticle(doc: Pick<ArticleDocument, 'text' | 'sentences' | 'mentions'>): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  let current: ArticleParagraph = [];
  let previousEnd = 0;
  doc.sentences.forEach((sentence, index) => {
    // A line break between two sentences starts a new paragraph.
    if (current.length && /\n/.test(doc.text.slice(previousEnd, sentence.start))) {
      paragraphs.push(current);
      current = [];
    }
    const pieces: ArticlePiece[] = [];
    let cursor = sentence.start;
    for (const m of doc.mentions) {
      if (m.start < sentence.start || m.end > sentence.end || m.start < cursor) continue;
      if (m.start > cursor) pieces.push({ text: doc.text.slice(cursor, m.start) });
      pieces.push({ text: doc.text.slice(m.start, m.end), placeId: m.placeId });
      cursor = m.end;
    }
    if (cursor < sentence.end) pieces.push({ text: doc.text.slice(cursor, sentence.end) });
    current.push({ index, pieces });
    previousEnd = sentence.end;
  });
  if (current.length) paragraphs.push(current);
  return paragraphs;
}
