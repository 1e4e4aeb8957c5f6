import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { DashboardShell } from '@/components/DashboardShell';
import { PLACES_KEY } from '@/components/data/placesKey';

export default function DashboardLayout({ children }: { children: ReactNode }) {
  // The map needs every place; without this the request only starts after hydration, when SWR mounts.
  // `as: 'fetch'` with CORS mode matches the fetch() of fetchJson, so the response is used, not refetched.
  preload(PLACES_KEY, { as: 'fetch', crossOrigin: 'anonymous' });
  return <DashboardShell>{children}</DashboardShell>;
}
