// Scripts run inside the benchmarked pages. Plain JavaScript strings (not serialised functions) so that
// the TypeScript runner's helpers never leak into the page.

/** What the load probe collects; read back with `page.evaluate('window.__bench')`. */
export interface LoadProbe {
  fcp: number | null;
  lcp: Array<{ time: number; size: number; element: string; inPanel: boolean; text: string }>;
  longTasks: Array<{ startTime: number; duration: number }>;
  shifts: Array<{ startTime: number; value: number; hadRecentInput: boolean }>;
  mapStates: Array<{ state: string; time: number }>;
}

/** Installed before any page script: buffered observers plus a record of every map state change. */
export const LOAD_PROBE = `(() => {
  const bench = { fcp: null, lcp: [], longTasks: [], shifts: [], mapStates: [] };
  window.__bench = bench;
  const describe = (el) => {
    if (!el) return '(removed)';
    const id = el.id ? '#' + el.id : '';
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    return el.tagName.toLowerCase() + id + cls;
  };
  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true });
    } catch (error) {
      bench['unsupported_' + type] = String(error);
    }
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') bench.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => bench.lcp.push({
    time: e.startTime,
    size: e.size,
    element: describe(e.element),
    inPanel: Boolean(e.element && e.element.closest && e.element.closest('.panel')),
    text: e.element ? (e.element.textContent || '').trim().slice(0, 80) : '',
  }));
  observe('longtask', (e) => bench.longTasks.push({ startTime: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => bench.shifts.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput }));
  new MutationObserver((records) => {
    for (const r of records) {
      const state = r.target.getAttribute && r.target.getAttribute('data-map-state');
      if (state) bench.mapStates.push({ state, time: performance.now() });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
})();`;

export interface ClickRecord {
  /** event.timeStamp of the click (when the input was created, page clock). */
  t0: number;
  /** When the DOM first held the new heading and an excerpt. */
  domTime: number;
  /** After the next frame that contains them was produced (rAF, then a task after it). */
  paintTime: number;
  name: string;
}

/**
 * Installed on a loaded page: a click sets t0 (capture phase, before the app sees it); when the heading
 * reads \`window.__expectName\` (or, if that is null, anything other than before the click) and an excerpt
 * exists, the next frame's paint time is recorded in \`window.__clicks\`.
 */
export const CLICK_PROBE = `(() => {
  if (window.__clicks) return;
  window.__clicks = [];
  window.__expectName = null;
  let pending = null;
  const heading = () => { const h = document.querySelector('#place-heading'); return h ? h.textContent : null; };
  const check = () => {
    if (!pending) return;
    const text = heading();
    const ready = text !== null && document.querySelector('article .excerpt') &&
      (pending.expect !== null ? text === pending.expect : text !== pending.before);
    if (!ready) return;
    const record = pending;
    pending = null;
    record.domTime = performance.now();
    record.name = text;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { record.paintTime = performance.now(); window.__clicks.push(record); };
      channel.port2.postMessage(0);
    });
  };
  window.addEventListener('click', (event) => {
    pending = { t0: event.timeStamp, expect: window.__expectName, before: heading() };
    queueMicrotask(check);
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;
