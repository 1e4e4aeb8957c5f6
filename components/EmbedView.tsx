'use client';
// The chrome-less view that other sites frame: the map fitted to one place and a card with its excerpts.
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { placePath } from '@/lib/url/routes';
import { usePlaces } from './data/usePlaces';

const MapView = dynamic(() => import('./map/MapView'), {
  ssr: false,
  loading: () => <p className="map-status">Loading the map…</p>,
});

const PADDING = { top: 30, right: 30, bottom: 30, left: 30 };

function openInDashboard(placeId: string | null) {
  if (placeId) window.open(placePath(placeId), '_blank', 'noopener');
}

export function EmbedView({ placeId, children }: { placeId: string; children: ReactNode }) {
  const { data: places } = usePlaces();
  return (
    <div className="embed-view">
      <div className="map-area">
        <MapView places={places ?? null} selectedId={placeId} emphasizedIds={null} onSelect={openInDashboard} padding={PADDING} />
      </div>
      <aside className="embed-card">{children}</aside>
    </div>
  );
}
