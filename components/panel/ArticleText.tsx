import { layoutArticle } from '@/lib/corpus/articleLayout';
import type { ArticleDocument } from '@/lib/types';
import { placePath, sentenceAnchor } from '@/lib/url/routes';
import { PanelLink } from './PanelLink';

/** An article's body as text nodes only: every sentence anchored, every place mention a link. */
export function ArticleText({ article }: { article: Pick<ArticleDocument, 'text' | 'sentences' | 'mentions'> }) {
  return (
    <div className="article-text">
      {layoutArticle(article).map((paragraph) => (
        <p key={paragraph[0].index}>
          {paragraph.map((sentence) => (
            <span key={sentence.index} id={sentenceAnchor(sentence.index)} className="sentence">
              {sentence.pieces.map((piece, i) =>
                piece.placeId ? (
                  <PanelLink key={i} className="mention" href={placePath(piece.placeId)} data-place-id={piece.placeId}>
                    {piece.text}
                  </PanelLink>
                ) : (
                  <span key={i}>{piece.text}</span>
                ),
              )}{' '}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
