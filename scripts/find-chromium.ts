// Finds the system Chromium for the end-to-end tests (never downloads one).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : CHROMIUM_CANDIDATES;
  return candidates.find((p) => existsSync(p)) ?? null;
}

// Run directly (before the e2e suite): fail with one line that says how to install it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!findChromium()) {
    console.error(
      process.env.CHROME_PATH
        ? `Chromium not found at CHROME_PATH=${process.env.CHROME_PATH}; point CHROME_PATH at a Chromium binary.`
        : 'Chromium not found for the end-to-end tests: install it with `apt-get install -y chromium` or set CHROME_PATH.',
    );
    process.exit(1);
  }
}
