'use client';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { placeMatchesFilter } from '@/lib/corpus/queries';
import type { PlaceProperties } from '@/lib/types';
import { placePath } from '@/lib/url/routes';
import { useArticleFilter } from '../ArticleFilter';
import { prefetchPlaceExcerpts } from '../data/placeExcerpts';
import { KindBadge } from './KindBadge';
import { PanelLink } from './PanelLink';

/** Places ranked by mentions, with a filter box; arrows move through the list, Enter opens a place. */
export function PlaceList({ places }: { places: readonly PlaceProperties[] }) {
  const articleFilter = useArticleFilter();
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const inputId = useId();

  const shown = useMemo(
    () =>
      places.filter((p) => (!articleFilter || p.articleIds.includes(articleFilter)) && placeMatchesFilter(p, query)),
    [places, articleFilter, query],
  );

  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
    if (!links.length) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(links.length - 1, index + 1) : index - 1;
    if (next < 0) document.getElementById(inputId)?.focus();
    else links[next].focus();
  };

  return (
    <section aria-labelledby="places-heading" onKeyDown={moveFocus}>
      <h2 id="places-heading">Places</h2>
      <label htmlFor={inputId} className="visually-hidden">
        Filter places
      </label>
      <input
        id={inputId}
        className="filter-input"
        type="search"
        placeholder="Filter places…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      <p className="visually-hidden" aria-live="polite">
        {shown.length} places shown
      </p>
      <ul className="place-list" ref={listRef} aria-label="Places ranked by mentions">
        {shown.map((p) => (
          <li key={p.id}>
            <PanelLink
              href={placePath(p.id, articleFilter)}
              scroll={false}
              // The route's payload holds the first page of excerpts; narrowed to an article, the panel
              // asks the API for them instead: warm that request too.
              onIntent={articleFilter ? () => prefetchPlaceExcerpts(p.id, articleFilter) : undefined}
              data-place-id={p.id}
            >
              <span className="name">{p.name}</span>
              <KindBadge kind={p.kind} />
              <span className="count" aria-label={`${p.mentionCount} mentions`}>
                {p.mentionCount}
              </span>
            </PanelLink>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="corpus-line">No place matches “{query}”.</p>}
    </section>
  );
}
