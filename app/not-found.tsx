import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="not-found">
      <h1>Not found</h1>
      <p>There is no place or article at this address. It may have been renamed when the corpus was rebuilt.</p>
      <ul>
        <li>
          <Link href="/">Back to the overview</Link>
        </li>
        <li>
          <Link href="/#places-heading">Browse all places</Link>
        </li>
      </ul>
    </main>
  );
}
