import { ArticleList } from '@/components/panel/ArticleList';
import { PlaceList } from '@/components/panel/PlaceList';
import { placePropertiesOf, rankPlaces } from '@/lib/corpus/queries';
import { getManifest, getPlaces } from '@/lib/corpus/store';

export default function OverviewPage() {
  const manifest = getManifest();
  const places = rankPlaces(placePropertiesOf(getPlaces()));
  return (
    <>
      <h1 className="visually-hidden">Overview</h1>
      <p className="corpus-line" data-testid="corpus-line">
        {manifest.articleCount} article{manifest.articleCount === 1 ? '' : 's'}, {manifest.placeCount} place
        {manifest.placeCount === 1 ? '' : 's'}, {manifest.mentionCount} mentions
      </p>
      <PlaceList places={places} />
      <h2 id="articles-heading">Articles</h2>
      <ArticleList articles={manifest.articles} />
    </>
  );
}
