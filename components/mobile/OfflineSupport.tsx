'use client';
// The installable app's offline parts (service worker registration, offline notice), loaded only once
// the page has loaded, its map has drawn and the main thread is idle: neither shows anything before then,
// and on a phone neither their code nor the worker's first-visit copying of the page's files should share
// the slow link with the map library and the basemap.
import { lazy, Suspense, useEffect, useState } from 'react';
import { whenPageSettled } from './whenPageSettled';

const OfflineNotice = lazy(() => import('../OfflineNotice').then((m) => ({ default: m.OfflineNotice })));
const ServiceWorker = lazy(() => import('../ServiceWorker').then((m) => ({ default: m.ServiceWorker })));

export function OfflineSupport() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => whenPageSettled(() => setLoaded(true)), []);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <OfflineNotice />
      <ServiceWorker />
    </Suspense>
  );
}
