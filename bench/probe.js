// Injected (page.addInitScript) into every benchmarked page before its own scripts. Plain browser JavaScript,
// read as text by scripts/bench/measure.ts, so nothing of the TypeScript toolchain reaches the page.
// Each animation frame until an event is visible, it looks for one along the known paths (no DOM walk) and
// records performance.now(), which counts from the navigation's start (the navigation entry's startTime is 0):
// `firstItem` when the first timeline item of any kind is visible (for our timeline an aggregate, a count of
// events too dense to draw one by one, counts), `firstVisible` when the first single event is. Polling stops once
// both are found or when the frame recording starts, so that it does not weigh on the frames measured.
// `window.__bench` also records frame timestamps during the scripted interaction and counts DOM elements.
(() => {
  if (window.top !== window) return;
  if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(100000);
  const state = {
    firstItem: null,
    firstVisible: null,
    firstVisibleKind: null,
    firstItemKind: null,
    recorded: false,
    errorAt: null,
    errorText: null,
    frames: null,
  };
  window.__bench = state;

  /** At most this many candidates are measured per frame (a rect read each). */
  const LIMIT = 400;
  const shown = (element) => {
    if (element.checkVisibility && !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
      return false;
    }
    const rect = element.getBoundingClientRect();
    return (
      rect.width > 0 &&
      rect.height > 0 &&
      rect.right > 0 &&
      rect.bottom > 0 &&
      rect.left < window.innerWidth &&
      rect.top < window.innerHeight
    );
  };
  const anyShown = (list) => {
    const n = Math.min(list.length, LIMIT);
    for (let i = 0; i < n; i++) if (shown(list[i])) return true;
    return false;
  };

  /** Our timeline: a single event (`.st-label`) or, until one is drawn, an aggregate (`.st-aggregate-label`). */
  const ours = (timeline, name) => {
    const root = timeline.shadowRoot;
    if (!root) return null;
    if (anyShown(root.querySelectorAll('.vis-item .st-label'))) return { kind: `${name} item` };
    if (anyShown(root.querySelectorAll('.vis-item .st-aggregate-label')))
      return { kind: `${name} aggregate`, aggregate: true };
    return null;
  };

  /** What the page shows: an event or aggregate ({kind, aggregate?}), an error ({error}), or null. */
  const look = () => {
    const app = document.querySelector('st-app');
    if (app) {
      const root = app.shadowRoot;
      if (!root) return null;
      const error = root.querySelector('st-error-panel');
      if (error) return { error: (error.shadowRoot || error).textContent || '' };
      const timeline = root.querySelector('st-timeline');
      // Until the timeline's code arrives, its place lists the opening events (src/app/timeline-preview.ts).
      if (timeline && !timeline.shadowRoot && anyShown(root.querySelectorAll('.timeline-preview li'))) {
        return { kind: 'app timeline preview entry' };
      }
      if (timeline) return ours(timeline, 'app timeline');
      const list = root.querySelector('st-event-list');
      if (list && list.shadowRoot && anyShown(list.shadowRoot.querySelectorAll('[data-id]'))) {
        return { kind: 'app list entry' };
      }
      return null;
    }
    const element = document.querySelector('st-timeline');
    if (element) return ours(element, 'st-timeline');
    const tl = document.querySelectorAll('.tl-timemarker');
    if (tl.length > 0) return anyShown(tl) ? { kind: 'TimelineJS marker' } : null;
    const vis = document.querySelectorAll('.vis-item');
    if (vis.length > 0) return anyShown(vis) ? { kind: 'vis-timeline item' } : null;
    return null;
  };

  const poll = () => {
    let found = null;
    try {
      found = look();
    } catch {
      found = null;
    }
    if (found && found.error !== undefined) {
      state.errorAt = performance.now();
      state.errorText = found.error.replace(/\s+/g, ' ').trim().slice(0, 1000);
      return;
    }
    if (found) {
      const now = performance.now();
      if (state.firstItem === null) {
        state.firstItem = now;
        state.firstItemKind = found.kind;
      }
      if (!found.aggregate) {
        state.firstVisible = now;
        state.firstVisibleKind = found.kind;
        return;
      }
    }
    if (state.frames === null && !state.recorded) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  /** Starts recording requestAnimationFrame timestamps. */
  state.startFrames = () => {
    const stamps = [];
    state.frames = stamps;
    state.recorded = true;
    const tick = (time) => {
      if (state.frames !== stamps) return;
      stamps.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  /** Stops recording; the frame times (deltas between consecutive callbacks) in milliseconds. */
  state.stopFrames = () => {
    const stamps = state.frames || [];
    state.frames = null;
    const deltas = [];
    for (let i = 1; i < stamps.length; i++) deltas.push(stamps[i] - stamps[i - 1]);
    return deltas;
  };

  /** Elements in the document, shadow roots included. */
  state.countElements = () => {
    let count = 0;
    const visit = (root) => {
      const all = root.querySelectorAll('*');
      count += all.length;
      for (const element of all) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return count;
  };

  /** JS and CSS responses with when they finished (ms from navigation start). */
  state.resources = () =>
    performance.getEntriesByType('resource').map((entry) => ({
      url: entry.name,
      responseEnd: entry.responseEnd,
      initiatorType: entry.initiatorType,
    }));
  state.navigation = () => {
    const entry = performance.getEntriesByType('navigation')[0];
    return entry
      ? { startTime: entry.startTime, responseEnd: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd }
      : null;
  };
})();
