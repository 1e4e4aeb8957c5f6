// The two builds of the app: `next build` for `next start`, and the static export
// (`npm run build:static`, STATIC_EXPORT=1) that a plain file server or a CDN serves from out/.

/** True while the static export is built: route handlers then prerender to files (GET only). */
export function isStaticExportBuild(): boolean {
  return process.env.STATIC_EXPORT === '1';
}
