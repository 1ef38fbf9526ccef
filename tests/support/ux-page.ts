// Injected after bench/probe.ts (see ux-probe.ts) into every frame of a page measured by `npm run ux-metrics` and
// tests/e2e/ux-metrics.e2e.test.ts. A browser script in TypeScript (tsconfig.page.json), transpiled alone by
// scripts/page-script.ts and injected as text, as bench/probe.ts is: a function that tsx compiled would carry its
// helpers (`__name`) into the page and fail there, and the app's Content-Security-Policy forbids evaluating
// strings, so the code arrives as an init script instead.
// What "visible" means is bench/probe.ts's `window.__stVisibility.whyHidden`; this file only says which elements
// are titles, lanes, excerpts and cards, and counts them. Defines `window.__ux` (typed in bench/page-globals.d.ts).
(() => {
  const visibility = window.__stVisibility;
  if (!visibility) return;
  const { whyHidden, laidOut, parentOf } = visibility;

  /** Every element matching `selector` in the document and in every open shadow root under it. */
  const deepAll = (selector: string): HTMLElement[] => {
    const found: HTMLElement[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      found.push(...root.querySelectorAll<HTMLElement>(selector));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return found;
  };
  const deepFirst = (selector: string): HTMLElement | undefined => deepAll(selector)[0];
  const text = (element: Element): string => (element.textContent || '').replace(/\s+/g, ' ').trim();
  const idOf = (element: Element, selector: string): string | undefined => {
    const holder = element.closest<HTMLElement>(selector);
    return holder?.dataset.id;
  };

  /**
   * Every event title on the page: timeline items (`.st-title` in st-timeline), list entries (`article h3` in
   * st-event-list) and the preview list the timeline's place shows while its code loads (no ids there).
   */
  type Source = keyof StUxTitles['bySource'];
  interface Candidate {
    element: Element;
    id: string | undefined;
    source: Source;
  }
  const titleCandidates = (): Candidate[] => {
    const found: Candidate[] = [];
    for (const timeline of deepAll('st-timeline')) {
      if (timeline.shadowRoot) {
        for (const title of timeline.shadowRoot.querySelectorAll('.st-title')) {
          found.push({ element: title, id: idOf(title, '[data-id]'), source: 'timeline' });
        }
      }
      // Light-DOM children, shown in the timeline's place until its code has arrived (src/app/timeline-preview.ts).
      for (const title of timeline.querySelectorAll('.timeline-preview li button')) {
        found.push({ element: title, id: undefined, source: 'preview' });
      }
    }
    for (const list of deepAll('st-event-list')) {
      if (!list.shadowRoot) continue;
      for (const title of list.shadowRoot.querySelectorAll('article h3')) {
        found.push({ element: title, id: idOf(title, 'article'), source: 'list' });
      }
    }
    return found;
  };

  /** The details panel's title, when it shows an event (not its empty state). */
  const detailsTitles = (): { details: HTMLElement & { eventId: string }; title: HTMLElement }[] =>
    deepAll('st-event-details').flatMap((details) => {
      const title = details.shadowRoot?.querySelector<HTMLElement>('h2#title');
      const { eventId } = details as { eventId?: unknown };
      return title && typeof eventId === 'string' && eventId !== '' && !title.closest('.empty')
        ? [{ details: details as HTMLElement & { eventId: string }, title }]
        : [];
    });

  /** The view shown: the id of the app's tab panel (`panel-timeline` → `timeline`). */
  const view = (): string | null => {
    const panel = deepAll('[role="tabpanel"]').find(laidOut);
    return panel ? panel.id.replace(/^panel-/, '') : null;
  };

  /**
   * The distinct events whose title is fully visible. Entries without an id (the preview list) count by their
   * text, unless an entry with an id and the same text is already counted.
   */
  const titles = (): StUxTitles => {
    const keys = new Set<string>();
    const byText = new Map<string, string>();
    const bySource = { timeline: 0, list: 0, preview: 0 };
    const hidden: StUxTitles['hidden'] = {};
    const withoutId: Candidate[] = [];
    for (const candidate of titleCandidates()) {
      const why = whyHidden(candidate.element);
      if (why) {
        hidden[why] = (hidden[why] || 0) + 1;
        continue;
      }
      if (candidate.id === undefined) {
        withoutId.push(candidate);
        continue;
      }
      if (!keys.has(candidate.id)) bySource[candidate.source] += 1;
      keys.add(candidate.id);
      byText.set(text(candidate.element), candidate.id);
    }
    for (const candidate of withoutId) {
      const words = text(candidate.element);
      if (byText.has(words) || keys.has(`text:${words}`)) continue;
      keys.add(`text:${words}`);
      bySource[candidate.source] += 1;
    }
    const details = detailsTitles().map(({ details, title }) => {
      const why = whyHidden(title);
      return { id: details.eventId, visible: why === null, why };
    });
    // "+N more" markers (events gathered where their titles have no room) are not titles, but say where they went.
    let markers = 0;
    for (const timeline of deepAll('st-timeline')) {
      if (!timeline.shadowRoot) continue;
      for (const label of timeline.shadowRoot.querySelectorAll('.st-more-label')) {
        if (whyHidden(label) === null) markers += 1;
      }
    }
    return {
      count: keys.size,
      keys: [...keys],
      bySource,
      hidden,
      details: details[0] || null,
      markers,
      view: view(),
    };
  };

  const time = (value: Date | string | number): number =>
    value instanceof Date ? value.getTime() : new Date(value).getTime();

  /**
   * The timeline's lanes that hold an event of the current window, and which of them are fully visible (the
   * whole lane, `.vis-label`, inside the viewport and inside vis-timeline's left panel, which scrolls lanes
   * vertically with overflow hidden), and whose names are. Read from the vis-timeline instance that
   * st-timeline exposes for tests (`timeline`); null when there is no drawn timeline.
   */
  /** What this reads of the vis-timeline instance (its internals are not typed by vis-timeline). */
  interface VisLike {
    itemSet?: { groups?: Record<string, { dom?: { label?: Element } } | undefined> };
    itemsData?: {
      get(): { start: Date | string | number; end?: Date | string | number | null; group?: string | number }[];
    };
    getWindow?: () => { start: Date; end: Date };
  }
  const lanes = (): StUxLanes | null => {
    const timeline = deepAll('st-timeline').find((element) => element.shadowRoot && laidOut(element));
    const vis = (timeline as { timeline?: VisLike } | undefined)?.timeline;
    const groups = vis && vis.itemSet && vis.itemSet.groups;
    if (!groups || !vis.itemsData || typeof vis.getWindow !== 'function') return null;
    const shownWindow = vis.getWindow();
    const from = time(shownWindow.start);
    const to = time(shownWindow.end);
    const inWindow = new Set<string>();
    for (const item of vis.itemsData.get()) {
      const start = time(item.start);
      const end = item.end === undefined || item.end === null ? start : time(item.end);
      if (end >= from && start <= to) inWindow.add(item.group === undefined ? '__ungrouped__' : String(item.group));
    }
    const result: StUxLanes['lanes'] = [];
    for (const id of inWindow) {
      const group = groups[id];
      const label = group && group.dom && group.dom.label;
      if (!label) continue;
      const name = label.querySelector('.st-lane');
      result.push({
        id,
        name: name ? text(name) : '',
        why: whyHidden(label),
        nameWhy: name ? whyHidden(name) : null,
      });
    }
    return {
      total: result.length,
      visible: result.filter((lane) => lane.why === null).length,
      namesVisible: result.filter((lane) => lane.nameWhy === null).length,
      lanes: result,
    };
  };

  /**
   * Cards cut at the top edge: an `article`, or a `section` that holds no `article` and is not a view's tab panel
   * (those are page regions, not cards), whose top is above the viewport while its bottom is inside it.
   */
  const cutCards = (): string[] =>
    deepAll('article, section')
      .filter((element) => element.localName === 'article' || element.getAttribute('role') !== 'tabpanel')
      .filter((element) => element.localName === 'article' || !element.querySelector('article'))
      .filter(laidOut)
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.top < -1 && rect.bottom > 0;
      })
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const root = element.getRootNode();
        const host = root instanceof ShadowRoot ? root.host : null;
        const name = `${element.localName}${element.id ? `#${element.id}` : ''}${element.dataset.id ? `[data-id=${element.dataset.id}]` : ''}`;
        return `${host ? `${host.localName} ` : ''}${name} (top ${Math.round(rect.top)})`;
      });

  /**
   * For an embed opened at event `id`: whether its title (the details panel's h2 for that event, or the list
   * entry's h3) and its first excerpt (the first `blockquote` there) are fully visible, and the cut cards.
   */
  const embed = (id: string): ReturnType<StUx['embed']> => {
    const places: { where: 'details' | 'list'; title: Element | null; quote: Element | null }[] = [];
    for (const { details, title } of detailsTitles()) {
      if (details.eventId === id) places.push({ where: 'details', title, quote: title.closest('section') });
    }
    for (const list of deepAll('st-event-list')) {
      const entry =
        list.shadowRoot && [...list.shadowRoot.querySelectorAll('article')].find((a) => a.dataset.id === id);
      if (entry) places.push({ where: 'list', title: entry.querySelector('h3'), quote: entry });
    }
    const seen = (key: 'title' | 'excerpt'): StUxSeen => {
      const found: StUxSeen['tried'] = [];
      for (const place of places) {
        const element = key === 'title' ? place.title : place.quote && place.quote.querySelector('blockquote');
        if (!element) continue;
        const why = whyHidden(element);
        found.push({ where: place.where, why });
      }
      const visible = found.find((f) => f.why === null);
      return { visible: Boolean(visible), where: visible ? visible.where : null, tried: found };
    };
    return { title: seen('title'), excerpt: seen('excerpt'), cutCards: cutCards(), view: view() };
  };

  /**
   * Whether the page has finished its first screen: the app has loaded its dataset (or shows an error), every
   * custom element it uses has its code, and the view has drawn something (timeline items or list entries).
   */
  const ready = () => {
    const app = document.querySelector('st-app');
    const root = app && app.shadowRoot;
    if (!root) return false;
    if (root.querySelector('st-error-panel')) return true;
    if (root.querySelector('.loading')) return false;
    // The timeline's place stays undefined when its code failed to arrive: the preview then says so and offers to
    // try again (its only button that is not an event's), and that is the first screen.
    const failed = (element: Element): boolean =>
      element.localName === 'st-timeline' && element.querySelector('.timeline-preview button:not(.link)') !== null;
    for (const element of deepAll('*')) {
      if (element.localName.includes('-') && !customElements.get(element.localName) && !failed(element)) return false;
    }
    const shown = view();
    if (shown === 'timeline') {
      const timeline = deepFirst('st-timeline');
      if (timeline && failed(timeline)) return true;
      return Boolean(timeline && timeline.shadowRoot && timeline.shadowRoot.querySelector('.vis-item'));
    }
    if (shown === 'list') {
      const list = deepFirst('st-event-list');
      return Boolean(list && list.shadowRoot && list.shadowRoot.querySelector('article, .empty'));
    }
    return shown !== null;
  };

  /** Frames, and ms, that what is visible must stay the same before the first screen counts as settled. */
  const STABLE_FRAMES = 20;
  const STABLE_MS = 600;
  let last: { signature: string; since: number; frames: number } | null = null;
  /**
   * Called once a frame (waitForFunction with 'raf' polling): true once the page is ready and the visible
   * titles, lanes, details and scroll position have not changed for STABLE_FRAMES frames and STABLE_MS ms
   * (smooth scrolling, late chunks and vis-timeline's redraws all move things for a while).
   */
  const settled = () => {
    if (!ready()) {
      last = null;
      return false;
    }
    const seen = titles();
    const lane = lanes();
    const signature = JSON.stringify([
      seen.keys,
      seen.details,
      lane && lane.lanes.map((l) => [l.id, l.why]),
      window.scrollX,
      window.scrollY,
    ]);
    const now = performance.now();
    if (!last || last.signature !== signature) {
      last = { signature, since: now, frames: 0 };
      return false;
    }
    last.frames += 1;
    return last.frames >= STABLE_FRAMES && now - last.since >= STABLE_MS;
  };

  const ux: StUx = { titles, lanes, embed, ready, settled, cutCards, parentOf };
  window.__ux = ux;

  // First render: with `window.__stUxWatch = n` set before this script, count the visible titles every frame
  // from the first one on, and note when a title first shows (and how many do then) and when n are shown. It stops
  // there, or once the page is ready and the count has not changed for WATCH_QUIET_MS (it will not change
  // without the reader doing something).
  const WATCH_QUIET_MS = 2000;
  const target = window.__stUxWatch;
  if (!target || window.top !== window) return;
  const watch: StUxWatch = {
    target,
    firstTitleMs: null,
    firstTitleCount: null,
    targetMs: null,
    max: 0,
    frames: 0,
    stopped: false,
    gaveUp: false,
  };
  let lastCount = -1;
  let changedAt = 0;
  ux.watch = watch;
  const poll = () => {
    if (watch.stopped) return;
    watch.frames += 1;
    let count = 0;
    try {
      count = titles().count;
    } catch {
      count = 0;
    }
    const now = performance.now();
    if (count > 0 && watch.firstTitleMs === null) {
      watch.firstTitleMs = now;
      watch.firstTitleCount = count;
    }
    watch.max = Math.max(watch.max, count);
    if (count >= target) {
      watch.targetMs = now;
      watch.stopped = true;
      return;
    }
    if (count !== lastCount) {
      lastCount = count;
      changedAt = now;
    } else if (now - changedAt > WATCH_QUIET_MS && ready()) {
      watch.gaveUp = true;
      watch.stopped = true;
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
