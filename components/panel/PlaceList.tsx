'use client';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { OVERVIEW_PLACES, type PlaceListItem } from '@/lib/corpus/pageData';
import { placeMatchesFilter, placePropertiesOf, rankPlaces } from '@/lib/corpus/queries';
import { placePath } from '@/lib/url/routes';
import { useArticleFilter } from '../ArticleFilter';
import { prefetchPlaceExcerpts } from '../data/placeExcerpts';
import { usePlaces } from '../data/usePlaces';
import { KindBadge } from './KindBadge';
import { PanelLink } from './PanelLink';

export interface PlaceListProps {
  /** The most mentioned places, rendered on the server (text first, readable without JavaScript). */
  top: readonly PlaceListItem[];
  /** How many places the corpus has. */
  placeCount: number;
}

/**
 * Places ranked by mentions, with a filter box; arrows move through the list, Enter opens a place. The
 * server renders the most mentioned; the filter box, the article filter and "More places" search every
 * place, from the map's own data (/api/places, one request for both), once it has arrived.
 */
export function PlaceList({ top, placeCount }: PlaceListProps) {
  const articleFilter = useArticleFilter();
  const { data } = usePlaces();
  const [query, setQuery] = useState('');
  // How many matches to show, for the current filters only (other filters start again at one page).
  const filterKey = `${articleFilter ?? ''}\n${query}`;
  const [more, setMore] = useState({ key: filterKey, limit: OVERVIEW_PLACES });
  const limit = more.key === filterKey ? more.limit : OVERVIEW_PLACES;
  const listRef = useRef<HTMLUListElement>(null);
  // After "More places": the first link that button added gets the focus.
  const focusIndex = useRef<number | null>(null);
  const inputId = useId();

  const ranked = useMemo(() => (data ? rankPlaces(placePropertiesOf(data)) : null), [data]);
  const matching: readonly PlaceListItem[] | null = useMemo(() => {
    if (ranked) return ranked.filter((p) => (!articleFilter || p.articleIds.includes(articleFilter)) && placeMatchesFilter(p, query));
    // Which places an article names is only known from the map's data.
    if (articleFilter) return null;
    return top.filter((p) => placeMatchesFilter(p, query));
  }, [ranked, top, articleFilter, query]);
  const shown = useMemo(() => matching?.slice(0, limit) ?? [], [matching, limit]);
  const everyPlace = ranked !== null;
  // Places left out of the list: past the limit, or (before the map's data) past the server's top places.
  const hidden = everyPlace ? (matching?.length ?? 0) - shown.length : query ? 0 : placeCount - top.length;
  const searchingTopOnly = !everyPlace && query !== '' && placeCount > top.length;

  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('a')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [shown]);

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

  const showMore = () => {
    focusIndex.current = shown.length;
    setMore({ key: filterKey, limit: limit + OVERVIEW_PLACES });
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
        {matching === null ? 'Loading the places' : `${shown.length} places shown`}
      </p>
      {matching === null && (
        <p className="corpus-line" aria-busy="true">
          Loading the places of this article…
        </p>
      )}
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
      {matching?.length === 0 && !searchingTopOnly && <p className="corpus-line">No place matches “{query}”.</p>}
      {searchingTopOnly && (
        <p className="corpus-line" aria-busy="true">
          Searched the {top.length} most mentioned places; the other {placeCount - top.length} are searched once the map’s data has arrived.
        </p>
      )}
      {matching && matching.length > 0 && hidden > 0 && (
        <p className="corpus-line list-more">
          {query || articleFilter ? `${shown.length} of ${shown.length + hidden} matching places. ` : `The ${shown.length} most mentioned of ${placeCount} places. `}
          <button type="button" className="button" onClick={showMore} disabled={!everyPlace}>
            More places
          </button>
        </p>
      )}
    </section>
  );
}
