'use client';
import { useState } from 'react';

/** Shares the current URL (place, filter and map view): the Web Share API on phones, else the clipboard. */
export function ShareButton({ title }: { title: string }) {
  const [status, setStatus] = useState('');

  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
        // Sharing refused (e.g. no share target): fall back to copying.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Copy the address bar to share this view');
    }
    window.setTimeout(() => setStatus(''), 4000);
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void share()}>
        Share
      </button>
      <span role="status" aria-live="polite" className="share-status">
        {status}
      </span>
    </>
  );
}
