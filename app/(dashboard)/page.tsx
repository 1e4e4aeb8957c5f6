import { ArticleList } from '@/components/panel/ArticleList';
import { PlaceList } from '@/components/panel/PlaceList';
import { overviewData } from '@/lib/corpus/pages';

// The overview's HTML holds the most mentioned places and the most recent articles, not the whole corpus:
// the place list searches every place from the map's data, the article list loads further pages.
export default function OverviewPage() {
  const overview = overviewData();
  return (
    <>
      <h1 className="visually-hidden">Overview</h1>
      <p className="corpus-line" data-testid="corpus-line">
        {overview.articleCount} article{overview.articleCount === 1 ? '' : 's'}, {overview.placeCount} place
        {overview.placeCount === 1 ? '' : 's'}, {overview.mentionCount} mentions
      </p>
      <PlaceList top={overview.places} placeCount={overview.placeCount} />
      <h2 id="articles-heading">Articles</h2>
      <ArticleList firstPage={overview.articles} />
    </>
  );
}
