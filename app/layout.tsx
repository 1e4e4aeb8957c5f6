import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { OfflineSupport } from '@/components/mobile/OfflineSupport';
import { siteUrl } from '@/lib/url/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: 'News geography', template: '%s · News geography' },
  description: 'The places named in the news, on a map you can click: every excerpt that mentions a place, tied to its article.',
  applicationName: 'News geography',
  appleWebApp: { capable: true, title: 'News map', statusBarStyle: 'default' },
  formatDetection: { telephone: false },
  openGraph: { siteName: 'News geography', type: 'website' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f4f1ea' },
    { media: '(prefers-color-scheme: dark)', color: '#151a21' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <OfflineSupport />
      </body>
    </html>
  );
}
