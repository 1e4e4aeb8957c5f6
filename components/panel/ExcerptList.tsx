// A place's excerpts grouped by article. No hooks and no handlers, so that the place page renders its
// first page on the server (no client code for it ships, nothing to hydrate) and the client list
// (ClientExcerpts: an article filter, further pages) renders the very same markup. The "Link to this
// excerpt" links are handled by one delegated listener in PlacePanel (`a.excerpt-target`).
import type { ArticleSource } from '@/lib/corpus/pageData';
import type { Excerpt } from '@/lib/types';
import { articlePath, excerptAnchor, sentenceAnchor } from '@/lib/url/routes';
import { HighlightedText } from './HighlightedText';
import { PanelLink } from './PanelLink';

export type { ArticleSource };

function groupByArticle(excerpts: readonly Excerpt[]): Excerpt[][] {
  const groups: Excerpt[][] = [];
  for (const e of excerpts) {
    const last = groups.at(-1);
    if (last && last[0].articleId === e.articleId) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

export function ExcerptList({ excerpts, articles }: { excerpts: readonly Excerpt[]; articles: readonly ArticleSource[] }) {
  const sourceOf = new Map(articles.map((a) => [a.id, a.source]));
  return (
    <>
      {groupByArticle(excerpts).map((group) => {
        const source = sourceOf.get(group[0].articleId);
        return (
          <section className="article-group" key={group[0].articleId} aria-label={group[0].articleTitle}>
            <h3>
              <PanelLink href={articlePath(group[0].articleId)}>{group[0].articleTitle}</PanelLink>
            </h3>
            {source && <p className="source">{source}</p>}
            <ul className="excerpt-list">
              {group.map((e) => {
                const anchor = excerptAnchor(e.articleId, e.sentenceIndex);
                return (
                  <li className="excerpt" id={anchor} key={anchor}>
                    <p>
                      <HighlightedText text={e.text} highlights={e.highlights} />
                    </p>
                    <p className="excerpt-links">
                      <PanelLink href={`${articlePath(e.articleId)}#${sentenceAnchor(e.sentenceIndex)}`}>Read in the article</PanelLink>
                      <a href={`#${anchor}`} className="excerpt-target">
                        Link to this excerpt
                      </a>
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
