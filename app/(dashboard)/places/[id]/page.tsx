import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExcerptList } from '@/components/panel/ExcerptList';
import { MentionChart } from '@/components/panel/MentionChart';
import { PlacePanel } from '@/components/panel/PlacePanel';
import { placePage } from '@/lib/corpus/pages';
import { getPlace, getPlaces } from '@/lib/corpus/store';
import { placePath } from '@/lib/url/routes';

export function generateStaticParams() {
  return getPlaces().features.map((f) => ({ id: f.properties.id }));
}

export async function generateMetadata({ params }: PageProps<'/places/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const place = getPlace(id);
  if (!place) return { title: 'Place not found' };
  const articles = place.articleIds.length;
  const description = `${place.name}: ${place.mentionCount} mention${place.mentionCount === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}, with every excerpt that names it.`;
  return {
    title: place.name,
    description,
    alternates: { canonical: placePath(place.id) },
    openGraph: { title: place.name, description, url: placePath(place.id), siteName: 'News geography', type: 'website' },
    // No images here: Next gives twitter:image the Open Graph image (opengraph-image.tsx).
    twitter: { card: 'summary_large_image', title: place.name, description },
  };
}

// Only what the page shows goes into its HTML and its navigation payload: the first page of excerpts
// and the articles they come from, never the corpus's article list (lib/corpus/pageData.ts).
export default async function PlacePage({ params }: PageProps<'/places/[id]'>) {
  const { id } = await params;
  const data = placePage(id);
  if (!data) notFound();
  return (
    <PlacePanel
      place={data.place}
      articles={data.articles}
      chart={<MentionChart chart={data.chart} />}
      firstPage={<ExcerptList excerpts={data.excerpts} articles={data.articles} />}
      total={data.total}
      hasMore={data.hasMore}
    />
  );
}
