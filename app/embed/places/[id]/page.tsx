import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedView } from '@/components/EmbedView';
import { HighlightedText } from '@/components/panel/HighlightedText';
import { getPlace, getPlaceExcerpts, getPlaces } from '@/lib/corpus/store';
import { isStaticExportBuild } from '@/lib/http/staticExport';
import { placePath } from '@/lib/url/routes';

const EXCERPTS_SHOWN = 3;

// The static export writes every embed page; `next start` renders each on its first request and keeps it
// (nothing else changes it until the next build). That is a page per known place at most: proxy.ts sends
// unknown ids to the prebuilt not-found page before any rendering. Prerendering them all cost the build
// one page per place (3,847 at 10,000 articles) for a view few places are ever framed with.
export function generateStaticParams() {
  return isStaticExportBuild() ? getPlaces().features.map((f) => ({ id: f.properties.id })) : [];
}

export async function generateMetadata({ params }: PageProps<'/embed/places/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const place = getPlace(id);
  return { title: place ? `${place.name} (embedded map)` : 'Place not found', robots: { index: false } };
}

export default async function EmbedPlacePage({ params }: PageProps<'/embed/places/[id]'>) {
  const { id } = await params;
  const place = getPlace(id);
  const excerpts = getPlaceExcerpts(id)?.excerpts ?? [];
  if (!place) notFound();
  return (
    <EmbedView placeId={place.id}>
      <h1>{place.name}</h1>
      <p className="count">
        {place.mentionCount} mentions in {place.articleIds.length} articles
      </p>
      <ul className="excerpt-list">
        {excerpts.slice(0, EXCERPTS_SHOWN).map((e) => (
          <li className="excerpt" key={`${e.articleId}-${e.sentenceIndex}`}>
            <p>
              <HighlightedText text={e.text} highlights={e.highlights} />
            </p>
            <p className="source">{e.articleTitle}</p>
          </li>
        ))}
      </ul>
      <a href={placePath(place.id)} target="_blank" rel="noopener">
        All {excerpts.length} excerpts on News geography ↗
      </a>
    </EmbedView>
  );
}
