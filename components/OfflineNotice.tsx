'use client';
import { useEffect, useState } from 'react';

/** What the service worker reports when it answered from its cache, or had nothing to answer with. */
export interface OfflineFallback {
  url: string;
  outcome: 'cache' | 'missing';
  kind: string;
  time: number;
}

function isFallback(value: unknown): value is OfflineFallback {
  const v = value as OfflineFallback | null;
  return Boolean(v && typeof v.url === 'string' && (v.outcome === 'cache' || v.outcome === 'missing') && typeof v.kind === 'string');
}

/** A reader's words for a missing request. */
export function describeMissing(entry: Pick<OfflineFallback, 'url' | 'kind'>): string {
  const path = new URL(entry.url, 'http://x').pathname;
  const excerpts = /^\/api\/places\/([^/]+)\/excerpts/.exec(path);
  if (excerpts) return `excerpts of ${decodeURIComponent(excerpts[1]).replace(/-/g, ' ')}`;
  if (entry.kind === 'page' || entry.kind === 'page-data') {
    const place = /^\/places\/([^/]+)/.exec(path);
    if (place) return `the page of ${decodeURIComponent(place[1]).replace(/-/g, ' ')}`;
    if (/^\/articles\//.test(path)) return 'an article';
    return path === '/' ? 'the overview' : 'a page';
  }
  if (entry.kind === 'basemap') return 'part of the basemap';
  if (entry.kind === 'api') return 'some data';
  return 'part of the app';
}

/**
 * Tells the reader when the app runs without a connection (online/offline events) and what could not be
 * shown because it was never opened online (reports from the service worker).
 */
export function OfflineNotice() {
  const [offline, setOffline] = useState(false);
  const [entries, setEntries] = useState<OfflineFallback[]>([]);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    const update = () => {
      setOffline(!navigator.onLine);
      setDismissed(false);
      if (navigator.onLine) setEntries([]);
    };
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);

    const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
    const add = (entry: OfflineFallback) => {
      setEntries((list) => [...list.filter((e) => e.url !== entry.url), entry].slice(-30));
      setDismissed(false);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; entry?: unknown } | null;
      if (data?.type === 'offline-fallback' && isFallback(data.entry)) add(data.entry);
    };
    sw?.addEventListener('message', onMessage);
    // What happened before this component listened (the page itself may have come from the cache).
    if (sw?.controller) {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent) => {
        const data = event.data as { entries?: unknown[] } | null;
        for (const entry of data?.entries ?? []) if (isFallback(entry)) add(entry);
      };
      sw.controller.postMessage({ type: 'offline-status' }, [channel.port2]);
    }
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      sw?.removeEventListener('message', onMessage);
    };
  }, []);

  const missing = [...new Set(entries.filter((e) => e.outcome === 'missing').map(describeMissing))];
  const fromCache = entries.some((e) => e.outcome === 'cache');
  if (dismissed || (!offline && !fromCache && missing.length === 0)) return null;

  return (
    <div className="offline-notice" role="status" aria-live="polite" data-testid="offline-notice">
      <p>
        <strong>{offline ? 'You are offline.' : 'The server cannot be reached.'}</strong>{' '}
        {fromCache || offline ? 'Showing what this device saved when you last opened it.' : ''}
        {missing.length > 0 && <> Not saved for offline use: {missing.join(', ')}.</>}
      </p>
      <button type="button" className="icon-button" onClick={() => setDismissed(true)} aria-label="Dismiss the offline notice">
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
