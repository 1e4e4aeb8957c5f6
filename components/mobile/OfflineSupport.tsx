'use client';
// The installable app's offline parts (service worker registration, offline notice), loaded only once
// the page has loaded and the main thread is idle: neither shows anything before then (the worker
// registered at `load` already), so their code need not share the phone's link with the first paint and
// the map library.
import { lazy, Suspense, useEffect, useState } from 'react';
import { whenPageIdle } from './whenPageIdle';

const OfflineNotice = lazy(() => import('../OfflineNotice').then((m) => ({ default: m.OfflineNotice })));
const ServiceWorker = lazy(() => import('../ServiceWorker').then((m) => ({ default: m.ServiceWorker })));

export function OfflineSupport() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => whenPageIdle(() => setLoaded(true)), []);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <OfflineNotice />
      <ServiceWorker />
    </Suspense>
  );
}
