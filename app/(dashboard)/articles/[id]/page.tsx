import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleText } from '@/components/panel/ArticleText';
import { PanelLink } from '@/components/panel/PanelLink';
import { getArticle, getManifest } from '@/lib/corpus/store';
import { articlePath } from '@/lib/url/routes';

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
        {article.url && /^https?:\/\//i.test(article.url) && (
          <a href={article.url} rel="noopener noreferrer nofollow">
            Original
          </a>
        )}
      </p>
      <p className="corpus-line">
        {article.mentionCount} mentions of {article.placeIds.length} places.{' '}
        <PanelLink href={`/?article=${encodeURIComponent(article.id)}`}>Show only this article’s places</PanelLink>
      </p>
      <ArticleText article={article} />
    </article>
  );
}
