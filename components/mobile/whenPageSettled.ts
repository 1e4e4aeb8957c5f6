/** A map that never draws (no WebGL) must not hold the offline support back for good. */
const GIVE_UP_MS = 20_000;

/**
 * Calls `run` once the page has loaded, its map (if it has one) has drawn, and the main thread is idle,
 * and returns a cancel function. The map marks its container `data-map-state="idle"` when drawn. Safari
 * has no requestIdleCallback: a short timer stands in.
 */
export function whenPageSettled(run: () => void): () => void {
  let idleHandle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  const whenIdle = () => {
    observer?.disconnect();
    clearTimeout(timer);
    if (typeof window.requestIdleCallback === 'function') idleHandle = window.requestIdleCallback(run, { timeout: 3000 });
    else timer = setTimeout(run, 200);
  };
  const afterLoad = () => {
    const map = document.querySelector('.map-canvas');
    if (!map || map.getAttribute('data-map-state') === 'idle') return whenIdle();
    observer = new MutationObserver(() => {
      if (document.querySelector('[data-map-state="idle"]')) whenIdle();
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
    timer = setTimeout(whenIdle, GIVE_UP_MS);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
  return () => {
    window.removeEventListener('load', afterLoad);
    observer?.disconnect();
    clearTimeout(timer);
    if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
  };
}
