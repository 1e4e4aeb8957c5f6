'use client';
import { useEffect } from 'react';

/**
 * Registers public/sw.js in production builds (in development a worker would serve stale code, so any
 * left over is removed). Once it is active, it is told what this page already loaded, so that this first
 * visit is kept for offline use too.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    const register = async () => {
      try {
        await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
        const registration = await navigator.serviceWorker.ready;
        const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
        registration.active?.postMessage({ type: 'cache-loaded', page: window.location.href, urls });
      } catch {
        // No service worker (private mode, blocked): the app works online as before.
      }
    };
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
  }, []);
  return null;
}
