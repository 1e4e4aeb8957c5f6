// The system Chromium under playwright-core, and the phone-on-slow-4G conditions of the load benchmark.
import { chromium, devices, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { findChromium } from '../../find-chromium';

/** Slow 4G as the issue defines it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } as const;
export const PHONE_CPU_SLOWDOWN = 4;
export const PHONE_DEVICE = 'Pixel 7';

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A fresh context (empty cache, no connections) with a phone's viewport, touch and user agent.
 * Service workers are blocked: CDP's network emulation is set on the page and does not reach the app's
 * service worker, which registers at `load` and then fetches for the page (the map worker's script, the
 * basemap) over the unthrottled loopback, so the app drew its map faster than the bare page could.
 */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  const { defaultBrowserType: _ignored, ...phone } = devices[PHONE_DEVICE];
  void _ignored;
  return browser.newContext({ ...phone, serviceWorkers: 'block' });
}

export async function desktopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 } });
}

/** Applies slow 4G and the CPU slowdown to a page (before navigating). The cache stays on: a fresh context
 * starts it empty, and what the page fetches twice (a preload, then its use) must hit it as on a phone. */
export async function throttle(page: Page, options: { network: boolean; cpuRate: number }): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (options.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  return cdp;
}
