/**
 * What the page scripts (bench/probe.ts, tests/support/ux-page.ts) put on `window`, typed once for them and for the
 * Node code that reads it back through playwright (scripts/bench/measure.ts, tests/support/ux-probe.ts).
 */

/** Why an element is not fully visible (`whyHidden`); null when it is. */
type StHiddenReason = 'hidden' | 'outside' | 'clipped' | 'truncated' | 'covered';

/** bench/probe.ts: the one definition of "visible". */
interface StVisibility {
  laidOut: (element: Element) => boolean;
  whyHidden: (element: Element) => StHiddenReason | null;
  parentOf: (node: Node) => Element | null;
  within: (outer: Node, inner: Node) => boolean;
  viewport: () => { width: number; height: number };
  deepElementFromPoint: (x: number, y: number) => Element | null;
}

/** bench/probe.ts: what the bench records in the page (times in ms from the navigation's start). */
interface StBenchState {
  firstItem: number | null;
  firstVisible: number | null;
  firstVisibleKind: string | null;
  firstItemKind: string | null;
  recorded: boolean;
  errorAt: number | null;
  errorText: string | null;
  frames: number[] | null;
  /** Longest main-thread task (Long Tasks API); null where the API is missing. */
  longestTask: number | null;
  longestTaskAt: number | null;
  longTasks: number;
  startFrames(): void;
  stopFrames(): number[];
  countElements(): number;
  resources(): { url: string; responseEnd: number; initiatorType: string }[];
  navigation(): { startTime: number; responseEnd: number; domContentLoaded: number } | null;
}

interface Window {
  __stVisibility?: StVisibility;
  /** Set before bench/probe.ts runs: define `__stVisibility` only, not the bench's recording. */
  __stVisibilityOnly?: boolean;
  __bench?: StBenchState;
  /** tests/support/ux-page.ts: how long to watch the first screen (ms), if at all. */
  __stUxWatch?: number;
}

/** tests/support/ux-page.ts: the distinct events whose title is fully visible. */
interface StUxTitles {
  /** Distinct events whose title is fully visible. */
  count: number;
  /** Their ids (`text:<title>` for the preview list, which has none). */
  keys: string[];
  bySource: { timeline: number; list: number; preview: number };
  /** Title elements not visible, by reason (not distinct: an event may have two). */
  hidden: Partial<Record<StHiddenReason, number>>;
  /** The details panel's title, counted apart. */
  details: { id: string; visible: boolean; why: StHiddenReason | null } | null;
  /** Fully visible "+N more" markers (events gathered where their titles have no room): not titles. */
  markers: number;
  /** The view shown (its tab panel), e.g. `timeline` or `list`. */
  view: string | null;
}

/** tests/support/ux-page.ts: the timeline's lanes that hold an event of the current window. */
interface StUxLanes {
  /** Lanes holding an event of the current window. */
  total: number;
  /** Of those, lanes fully visible (the whole lane, not only its name). */
  visible: number;
  /** Of those, lanes whose name is fully visible. */
  namesVisible: number;
  lanes: { id: string; name: string; why: StHiddenReason | null; nameWhy: StHiddenReason | null }[];
}

/** tests/support/ux-page.ts: whether an embed's title or excerpt is visible, and where. */
interface StUxSeen {
  visible: boolean;
  /** Where it was visible: the details panel or the list entry. */
  where: 'details' | 'list' | null;
  tried: { where: 'details' | 'list'; why: StHiddenReason | null }[];
}

/** tests/support/ux-page.ts: the first-render watch (`window.__stUxWatch`). */
interface StUxWatch {
  target: number;
  firstTitleMs: number | null;
  firstTitleCount: number | null;
  targetMs: number | null;
  max: number;
  frames: number;
  stopped: boolean;
  gaveUp: boolean;
}

interface StUx {
  titles(): StUxTitles;
  lanes(): StUxLanes | null;
  embed(id: string): { title: StUxSeen; excerpt: StUxSeen; cutCards: string[]; view: string | null };
  ready(): boolean;
  settled(): boolean;
  cutCards(): string[];
  parentOf(node: Node): Element | null;
  watch?: StUxWatch;
}

interface Window {
  __ux?: StUx;
}
