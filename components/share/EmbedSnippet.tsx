'use client';
import { lazy, Suspense, useState } from 'react';
import { embedPlacePath } from '@/lib/url/routes';

// The snippet and its copy button are code the place page would otherwise download before the map: they
// load when the reader points at, focuses or opens the disclosure.
const loadEmbedCode = () => import('./EmbedCode');
const EmbedCode = lazy(loadEmbedCode);

/** "Embed this place": the <iframe> snippet for other sites, loaded on demand. */
export function EmbedSnippet({ placeId, name }: { placeId: string; name: string }) {
  const [opened, setOpened] = useState(false);
  const path = embedPlacePath(placeId);
  return (
    <details className="embed" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary onPointerEnter={() => void loadEmbedCode()} onFocus={() => void loadEmbedCode()}>
        Embed this place
      </summary>
      {opened ? (
        <Suspense fallback={<p>Loading the embed code…</p>}>
          <EmbedCode placeId={placeId} name={name} />
        </Suspense>
      ) : (
        // What shows without JavaScript: the page other sites can frame.
        <p>
          Embeddable view: <a href={path}>{path}</a>
        </p>
      )}
    </details>
  );
}
