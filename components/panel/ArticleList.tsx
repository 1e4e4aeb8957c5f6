import type { ArticleMeta } from '@/lib/types';
import { articlePath } from '@/lib/url/routes';
import { PanelLink } from './PanelLink';

export function ArticleList({ articles }: { articles: readonly ArticleMeta[] }) {
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <PanelLink href={articlePath(a.id)}>
            <span>
              {a.title}
              <br />
              <span className="count">
                {[a.source, a.publishedAt, `${a.placeIds.length} places`].filter(Boolean).join(' · ')}
              </span>
            </span>
          </PanelLink>
        </li>
      ))}
    </ul>
  );
}
