import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { layoutArticle } from '@/lib/corpus/articleLayout';
import { getArticle, getManifest } from '@/lib/corpus/store';
import { articlePath, placePath, sentenceAnchor } from '@/lib/url/routes';

export function generateStaticParams() {
  return getManifest().articles.map((a) => ({ id: a.id }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const article = getArticle(id);
  if (!article) return { title: 'Article not found' };
  const description = `${article.title}: ${article.placeIds.length} places on the map, with every sentence that names them.`;
  return {
    title: article.title,
    description,
    alternates: { canonical: articlePath(article.id) },
    openGraph: { title: article.title, description, url: articlePath(article.id), siteName: 'News geography', type: 'article' },
    twitter: { card: 'summary', title: article.title, description },
  };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[id]'>) {
  const { id } = await params;
  const article = getArticle(id);
  if (!article) notFound();
  return (
    <article aria-labelledby="article-heading">
      <h1 id="article-heading" tabIndex={-1}>
        {article.title}
      </h1>
      <p className="place-meta">
        {[article.source, article.publishedAt].filter(Boolean).join(' · ')}
        {article.url && (
          <a href={article.url} rel="noopener noreferrer nofollow">
            Original
          </a>
        )}
      </p>
      <p className="corpus-line">
        {article.mentionCount} mentions of {article.placeIds.length} places.{' '}
        <Link href={`/?article=${encodeURIComponent(article.id)}`}>Show only this article’s places</Link>
      </p>
      <div className="article-text">
        {layoutArticle(article).map((paragraph) => (
          <p key={paragraph[0].index}>
            {paragraph.map((sentence) => (
              <span key={sentence.index} id={sentenceAnchor(sentence.index)} className="sentence">
                {sentence.pieces.map((piece, i) =>
                  piece.placeId ? (
                    <Link key={i} className="mention" href={placePath(piece.placeId)} data-place-id={piece.placeId}>
                      {piece.text}
                    </Link>
                  ) : (
                    <span key={i}>{piece.text}</span>
                  ),
                )}{' '}
              </span>
            ))}
          </p>
        ))}
      </div>
    </article>
  );
}
