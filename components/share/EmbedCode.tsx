'use client';
import { useState, useSyncExternalStore } from 'react';
import { embedPlacePath } from '@/lib/url/routes';

const noSubscribe = () => () => {};

/** The <iframe> snippet that news sites paste to show this place, and its copy button; only /embed may be framed. */
export default function EmbedCode({ placeId, name }: { placeId: string; name: string }) {
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => '');
  const [copied, setCopied] = useState(false);
  const snippet = `<iframe src="${origin}${embedPlacePath(placeId)}" title="${name.replace(/"/g, '&quot;')} on the news map" width="600" height="450" style="border:0" loading="lazy"></iframe>`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 4000);
    } catch {
      setCopied(false);
    }
  };

  return (
    <>
      <label className="visually-hidden" htmlFor={`embed-${placeId}`}>
        Embed code
      </label>
      <textarea id={`embed-${placeId}`} className="filter-input" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button" onClick={() => void copy()}>
        Copy embed code
      </button>
      <span role="status" aria-live="polite">
        {copied ? 'Embed code copied' : ''}
      </span>
    </>
  );
}
