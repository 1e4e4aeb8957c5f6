/**
 * Calls `run` once the page has loaded and the main thread is idle (or after `timeoutMs` of waiting for
 * idleness), and returns a cancel function. Safari has no requestIdleCallback: a timer stands in.
 */
export function whenPageIdle(run: () => void, timeoutMs = 3000): () => void {
  let idleHandle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (typeof window.requestIdleCallback === 'function') idleHandle = window.requestIdleCallback(run, { timeout: timeoutMs });
    else timer = setTimeout(run, 200);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
