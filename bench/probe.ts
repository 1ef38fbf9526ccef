// Injected (page.addInitScript) into every benchmarked page before its own scripts. A browser script in TypeScript
// (tsconfig.page.json: DOM types only), transpiled alone by scripts/page-script.ts, so nothing of the toolchain (no
// helpers, no imports) reaches the page. What it puts on `window` is typed in bench/page-globals.d.ts.
// Each animation frame until an event is visible, it looks for one along the known paths (no DOM walk) and
// records performance.now(), which counts from the navigation's start (the navigation entry's startTime is 0):
// `firstItem` when the first timeline item of any kind is visible (for our timeline a "+N more" marker, which
// gathers events too dense to title one by one, counts), `firstVisible` when the first single event is, by issue 17's
// definition: an event's title laid out fully inside the viewport, not clipped by a scrolling ancestor, and topmost at
// its centre (`whyHidden` below). Polling stops once both are found or when the frame recording starts, so that it
// does not weigh on the frames measured. `longestTask` is the longest main-thread task seen (Long Tasks API).
// `window.__bench` also records frame timestamps during the scripted interaction and counts DOM elements.
//
// `window.__stVisibility`, defined first and in every frame, is the one place that says when an element is
// visible: `laidOut` (rendered with a size) is what the bench's first-event check builds on; `whyHidden` is the
// strict reading (fully inside the viewport, not clipped by an overflow ancestor, topmost at its centre) that
// `npm run ux-metrics` counts titles with (tests/support/ux-probe.ts injects this file with
// `window.__stVisibilityOnly` set, which leaves the bench's part below off).
(() => {
  /** Rounding slack (CSS px) for "inside": sub-pixel layout must not turn a visible title into a clipped one. */
  const EPS = 1;

  /** Rendered, not hidden by CSS (visibility, opacity, content-visibility), and with a size. */
  const laidOut = (element: Element): boolean => {
    // Chromium 105 and later (the bench's and the tests' Chromium is newer).
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };

  /** The parent in the flat tree: the slot a node is assigned to, its parent, or its shadow root's host. */
  const parentOf = (node: Node): Element | null => {
    const slot = (node as Partial<Slottable>).assignedSlot;
    if (slot) return slot;
    if (node.parentElement) return node.parentElement;
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };

  /** Whether `inner` is `outer` or inside it, across shadow roots. */
  const within = (outer: Node, inner: Node): boolean => {
    for (let node: Node | null = inner; node; node = parentOf(node)) if (node === outer) return true;
    return false;
  };

  /** The area not covered by the page's scrollbars (a classic scrollbar hides what is under it). */
  const viewport = () => {
    const root = document.documentElement;
    return {
      width: Math.min(window.innerWidth, root.clientWidth || window.innerWidth),
      height: Math.min(window.innerHeight, root.clientHeight || window.innerHeight),
    };
  };

  /**
   * The first ancestor (flat tree, through shadow hosts) whose overflow clips `rect` on an axis it clips, or
   * null. The root element and body are left out: their overflow belongs to the viewport, checked apart.
   */
  const clipper = (element: Element, rect: DOMRect): Element | null => {
    for (let node = parentOf(element); node; node = parentOf(node)) {
      if (node === document.documentElement || node === document.body) break;
      const style = getComputedStyle(node);
      if (style.display === 'contents') continue;
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      const box = node.getBoundingClientRect();
      // The padding box: what is left inside the borders and any scrollbar.
      const left = box.left + node.clientLeft;
      const top = box.top + node.clientTop;
      if (clipsX && (rect.left < left - EPS || rect.right > left + node.clientWidth + EPS)) return node;
      if (clipsY && (rect.top < top - EPS || rect.bottom > top + node.clientHeight + EPS)) return node;
    }
    return null;
  };

  /** Whether the element or something in it cuts its own text (an ellipsis or line clamp needs overflow). */
  const truncated = (element: Element): boolean => {
    for (const node of [element, ...element.querySelectorAll('*')]) {
      const style = getComputedStyle(node);
      if (style.display === 'inline' || (style.overflowX === 'visible' && style.overflowY === 'visible')) continue;
      if (node.scrollWidth > node.clientWidth + EPS || node.scrollHeight > node.clientHeight + EPS) return true;
    }
    return false;
  };

  /** The deepest element at a point: the document's hit, then each shadow root's in turn. */
  const deepElementFromPoint = (x: number, y: number): Element | null => {
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };

  /**
   * Why `element` is not fully visible, or null when it is: 'hidden' (not rendered, or no size), 'outside' (not
   * entirely inside the viewport), 'clipped' (cut by a scrolling or overflow-hidden ancestor), 'truncated' (its
   * own text cut short) or 'covered' (something else is on top at its centre). Hit testing skips elements with
   * `pointer-events: none`, so such an overlay is not seen as covering.
   */
  const whyHidden = (element: Element): StHiddenReason | null => {
    if (!laidOut(element)) return 'hidden';
    const rect = element.getBoundingClientRect();
    const { width, height } = viewport();
    if (rect.left < -EPS || rect.top < -EPS || rect.right > width + EPS || rect.bottom > height + EPS) {
      return 'outside';
    }
    if (clipper(element, rect)) return 'clipped';
    if (truncated(element)) return 'truncated';
    const hit = deepElementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit && within(element, hit) ? null : 'covered';
  };

  window.__stVisibility = { laidOut, whyHidden, parentOf, within, viewport, deepElementFromPoint };

  if (window.__stVisibilityOnly || window.top !== window) return;
  performance.setResourceTimingBufferSize(100000);
  const unset = (): never => {
    throw new Error('bench probe: not set up yet');
  };
  const state: StBenchState = {
    firstItem: null,
    firstVisible: null,
    firstVisibleKind: null,
    firstItemKind: null,
    recorded: false,
    errorAt: null,
    errorText: null,
    frames: null,
    longestTask: 0,
    longestTaskAt: null,
    longTasks: 0,
    startFrames: unset,
    stopFrames: unset,
    countElements: unset,
    resources: unset,
    navigation: unset,
  };
  window.__bench = state;

  /** At most this many candidates are checked per frame (each a few style and rect reads). */
  const LIMIT = 60;
  /**
   * The bench's first event (issue 17's definition): the title laid out fully inside the viewport, not clipped by a
   * scrolling or overflow-hidden ancestor, and topmost at its centre. A title shortened by an ellipsis counts (it
   * is drawn, and readable as far as it goes); a "+N more" marker is an aggregate, counted apart.
   */
  const shown = (element: Element): boolean => {
    const why = whyHidden(element);
    return why === null || why === 'truncated';
  };
  const anyShown = (list: ArrayLike<Element>): boolean => {
    const n = Math.min(list.length, LIMIT);
    for (let i = 0; i < n; i++) {
      const item = list[i];
      if (item && shown(item)) return true;
    }
    return false;
  };

  // The longest main-thread task (Long Tasks API: tasks of 50 ms and more) from navigation start on, and when it
  // began; `buffered` picks up the ones before this observer existed.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks += 1;
        if (entry.duration > (state.longestTask ?? 0)) {
          state.longestTask = entry.duration;
          state.longestTaskAt = entry.startTime;
        }
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longestTask = null;
  }

  /** What the page shows: an event or a marker, or an error. */
  type Found = { kind: string; aggregate?: boolean; error?: undefined } | { error: string };

  /** Our timeline: a single event (`.st-label`) or, until one is drawn, a "+N more" marker (`.st-more-label`). */
  const ours = (timeline: Element, name: string): Found | null => {
    const root = timeline.shadowRoot;
    if (!root) return null;
    if (anyShown(root.querySelectorAll('.vis-item .st-label'))) return { kind: `${name} item` };
    if (anyShown(root.querySelectorAll('.vis-item .st-more-label'))) return { kind: `${name} marker`, aggregate: true };
    return null;
  };

  /** What the page shows: an event or a marker ({kind, aggregate?}), an error ({error}), or null. */
  const look = (): Found | null => {
    const app = document.querySelector('st-app');
    if (app) {
      // The first screen written into the page at build time (scripts/first-screen.ts), until the app replaces it.
      if (anyShown(app.querySelectorAll(':scope > .st-first-screen .fs-title')))
        return { kind: 'page first screen entry' };
      const root = app.shadowRoot;
      if (!root) return null;
      const error = root.querySelector('st-error-panel');
      if (error) return { error: (error.shadowRoot || error).textContent || '' };
      const timeline = root.querySelector('st-timeline');
      // Until the timeline's code arrives, its place lists the opening events (src/app/timeline-preview.ts).
      if (timeline && !timeline.shadowRoot && anyShown(root.querySelectorAll('.timeline-preview li .link'))) {
        return { kind: 'app timeline preview entry' };
      }
      if (timeline) return ours(timeline, 'app timeline');
      const list = root.querySelector('st-event-list');
      if (list && list.shadowRoot && anyShown(list.shadowRoot.querySelectorAll('[data-id] h3, [data-id] .title'))) {
        return { kind: 'app list entry' };
      }
      return null;
    }
    const element = document.querySelector('st-timeline');
    if (element) return ours(element, 'st-timeline');
    const tl = document.querySelectorAll('.tl-timemarker .tl-headline');
    if (tl.length > 0) return anyShown(tl) ? { kind: 'TimelineJS marker' } : null;
    const vis = document.querySelectorAll('.vis-item .vis-item-content');
    if (vis.length > 0) return anyShown(vis) ? { kind: 'vis-timeline item' } : null;
    return null;
  };

  const poll = () => {
    let found: Found | null = null;
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
    const stamps: number[] = [];
    state.frames = stamps;
    state.recorded = true;
    const tick = (time: number) => {
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
    return stamps.slice(1).map((stamp, i) => stamp - (stamps[i] ?? stamp));
  };

  /** Elements in the document, shadow roots included. */
  state.countElements = () => {
    let count = 0;
    const visit = (root: Document | ShadowRoot) => {
      const all = root.querySelectorAll('*');
      count += all.length;
      for (const element of all) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return count;
  };

  /** JS and CSS responses with when they finished (ms from navigation start). */
  state.resources = () =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
      url: entry.name,
      responseEnd: entry.responseEnd,
      initiatorType: entry.initiatorType,
    }));
  state.navigation = () => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return entry
      ? { startTime: entry.startTime, responseEnd: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd }
      : null;
  };
})();
