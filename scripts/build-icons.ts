// Renders the app icons (PNG, for the web app manifest and iOS) from app/icon.svg's design with sharp.
// The PNGs are committed; run `npx tsx scripts/build-icons.ts` again after changing the design.
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';

const BACKGROUND = '#1d232b';
const PIN = `<circle cx="32" cy="27" r="13" fill="none" stroke="#ff8a65" stroke-width="6"/><path d="M32 58 20 36h24z" fill="#ff8a65"/><circle cx="32" cy="27" r="4" fill="#fbfaf7"/>`;

/** `any` icons: the rounded tile of app/icon.svg. */
const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${BACKGROUND}"/>${PIN}</svg>`;
/** Maskable icons: full-bleed background, the pin inside the central safe zone (a circle of 80 % diameter). */
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BACKGROUND}"/><g transform="translate(32 32) scale(0.62) translate(-32 -32)">${PIN}</g></svg>`;
/** iOS rounds the corners itself and shows transparency as black: a full square. */
const appleIcon = maskableIcon.replace('scale(0.62)', 'scale(0.78)');

async function render(svg: string, size: number, file: string): Promise<void> {
  await sharp(Buffer.from(svg), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: false })
    .toFile(file);
  console.log(`wrote ${file}`);
}

mkdirSync('public/icons', { recursive: true });
await render(anyIcon, 192, 'public/icons/icon-192.png');
await render(anyIcon, 512, 'public/icons/icon-512.png');
await render(maskableIcon, 192, 'public/icons/maskable-192.png');
await render(maskableIcon, 512, 'public/icons/maskable-512.png');
await render(appleIcon, 180, 'app/apple-icon.png');
