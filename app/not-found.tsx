// Plain links, not next/link: this page is serialised into every page's payload as the root not-found
// boundary, and a next/link here made place pages download a second copy of Link's code (3 KB gzip)
// before the map. Leaving a 404 page with a full page load costs nothing.
/* eslint-disable @next/next/no-html-link-for-pages -- see above */
export default function NotFound() {
  return (
    <main className="not-found">
      <h1>Not found</h1>
      <p>There is no place or article at this address. It may have been renamed when the corpus was rebuilt.</p>
      <ul>
        <li>
          <a href="/">Back to the overview</a>
        </li>
        <li>
          <a href="/#places-heading">Browse all places</a>
        </li>
      </ul>
    </main>
  );
}
