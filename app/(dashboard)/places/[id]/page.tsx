import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExcerptList } from '@/components/panel/ExcerptList';
import { MentionChart } from '@/components/panel/MentionChart';
import { PlacePanel } from '@/components/panel/PlacePanel';
import { mentionsPerArticle, pageOfExcerpts } from '@/lib/corpus/queries';
import { getManifest, getPlace, getPlaceExcerpts, getPlaces } from '@/lib/corpus/store';
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
    twitter: { card: 'summary_large_image', title: place.name, description },
  };
}

export default async function PlacePage({ params }: PageProps<'/places/[id]'>) {
  const { id } = await params;
  const place = getPlace(id);
  const all = getPlaceExcerpts(id);
  if (!place || !all) notFound();
  const manifest = getManifest();
  const articles = manifest.articles.map(({ id: articleId, title, source }) => ({ id: articleId, title, source }));
  const firstPage = pageOfExcerpts(all.excerpts);
  return (
    <PlacePanel
      place={place}
      articles={articles}
      chart={<MentionChart rows={mentionsPerArticle(all.excerpts, manifest.articles)} />}
      firstPage={<ExcerptList excerpts={firstPage.excerpts} articles={articles} />}
      total={firstPage.total}
      hasMore={firstPage.nextPage !== null}
    />
  );
}
