import type { MetadataRoute } from 'next';

// Prerendered in both builds (the static export requires route handlers to say so).
export const dynamic = 'force-static';

/** Web app manifest: installable to a phone's home screen, opening on the overview like an app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'News geography',
    short_name: 'News map',
    description: 'The places named in the news, on a map you can click: every excerpt that mentions a place, tied to its article.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#fbfaf7',
    theme_color: '#f4f1ea',
    categories: ['news'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
