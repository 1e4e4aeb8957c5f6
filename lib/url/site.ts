// The public origin of the dashboard, for canonical URLs and link previews (which must be absolute).
export function siteUrl(): URL {
  const configured = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      // An unusable SITE_URL falls back to the local address rather than breaking every page.
    }
  }
  return new URL(`http://localhost:${process.env.PORT ?? '3000'}`);
}
