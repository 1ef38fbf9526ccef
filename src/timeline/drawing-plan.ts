/**
 * The plan the timeline's drawing follows, and what it is made for: the drawing's size (kept by a ResizeObserver,
 * never read while zooming), the sizes of rows and titles (from the root font size and the drawing's font), which
 * events must be titled (the selection, the one being revealed, the keyboard's), and the plan itself, made again
 * only when it no longer serves the window. No vis-timeline here: `VisTimelineController` applies the plan.
 * See docs/decisions/0017-legible-timeline.md.
 */
import { overlaps, type TimeRange } from '../data/time.js';
import type { Layout, Shown } from './layout.js';
import { TITLE_FONT_PX, metricsFor, type Metrics } from './sizes.js';
import { TitleWidths } from './title-width.js';
import { plan, stillServes, type Plan, type PlanOptions } from './windowing.js';

/** The axis's height before vis-timeline has drawn and the lanes' panel has reported its size. */
const AXIS_ESTIMATE_PX = 48;
/** An axis label's padding (vis-timeline's 3 px each side) and a pixel for what canvas and page measure apart. */
const AXIS_LABEL_PAD_PX = 8;
/**
 * Pixels left unplanned at the foot of the drawing, for the panel's fractional height (a lane one pixel too tall
 * would scroll); the rows' sizes are exact upper bounds (`sizes.ts`), so no more is needed.
 */
const HEIGHT_SLACK_PX = 2;

export interface PlanSource {
  layout(): Layout | undefined;
  shown(): Shown;
  /** Events that must be titled, most important first. */
  pinned(): readonly (string | undefined)[];
}

export class DrawingPlan {
  /** The plan last made, for the window it was made for. */
  current: Plan | undefined;
  /** Whether the lanes' panel has reported its size: until then plans are made for an estimate. */
  sized = false;
  private widthPx = 0;
  private heightPx = 0;
  private metrics: Metrics = metricsFor();
  private titleFontPx = TITLE_FONT_PX;
  private titleWidths: TitleWidths | undefined;
  /** The events the current plan titles. */
  private titled = new Set<string>();

  constructor(private readonly source: PlanSource) {}

  /**
   * A new drawing in `container` (`drawing`: the element its items inherit their font from): sizes estimated from
   * the container until the lanes' panel reports its own, and the fonts read once.
   */
  start(container: HTMLElement, drawing: Element): void {
    this.sized = false;
    this.current = undefined;
    this.widthPx = this.widthPx || container.clientWidth || 1000;
    this.heightPx = this.heightPx || Math.max(0, container.clientHeight - AXIS_ESTIMATE_PX) || 400;
    const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.metrics = metricsFor(rootPx);
    this.titleFontPx = (TITLE_FONT_PX * rootPx) / 16;
    this.titleWidths = new TitleWidths(this.titleFontPx, getComputedStyle(drawing).fontFamily || 'sans-serif');
  }

  /** The lanes' panel has this size now; true when that is news (the first report, or a change of a pixel). */
  resized(rect: { width: number; height: number }): boolean {
    if (rect.width <= 0) return false;
    const first = !this.sized;
    this.sized = true;
    const changed = Math.abs(rect.width - this.widthPx) >= 1 || Math.abs(rect.height - this.heightPx) >= 1;
    this.widthPx = rect.width;
    if (rect.height > 0) this.heightPx = rect.height;
    return first || changed;
  }

  /** Whether the current plan still serves a window (and titles every pinned event it could). */
  serves(window: TimeRange): boolean {
    return this.current !== undefined && stillServes(this.current, window, this.options()) && !this.untitledPinned();
  }

  /** The plan for a window: the current one if it serves (unless `replan`), else a new one. */
  planFor(window: TimeRange, replan = false): Plan {
    if (!replan && this.current && this.serves(window)) return this.current;
    this.current = plan(this.source.shown().spans, window, this.options());
    this.titled = new Set(this.current.placement.titled.map((title) => title.id));
    return this.current;
  }

  /**
   * Whether an axis label at `ms` fits between there and the drawing's right edge, in the window shown: measured on a
   * canvas. A label of the run under the left edge (`major`) is put at that edge by vis-timeline; a tick's label
   * before the edge (`minor`) would be cut by it.
   */
  axisLabelFits(ms: number, text: string, window: TimeRange | undefined, major: boolean): boolean {
    const widths = this.titleWidths;
    if (!window || !widths || text === '' || window.end <= window.start) return true;
    const at = ((ms - window.start) / (window.end - window.start)) * this.widthPx;
    if (!major && at < -1) return false;
    const x = Math.max(0, at);
    return x + widths.lineWidth(text) + AXIS_LABEL_PAD_PX <= this.widthPx;
  }

  /** No plan: the drawing was cleared. */
  forget(): void {
    this.current = undefined;
  }

  options(): PlanOptions {
    const layout = this.source.layout();
    const widths = this.titleWidths;
    return {
      widthPx: this.widthPx || 1000,
      heightPx: Math.max(0, (this.heightPx || 400) - HEIGHT_SLACK_PX),
      laneOrder: (layout?.laneModels ?? []).map((lane) => lane.id),
      metrics: this.metrics,
      emPx: this.titleFontPx,
      pinned: this.source.pinned(),
      ...(widths && layout
        ? { widthOf: (item, labelPx) => widths.widthOf(layout.index.event.get(item.id)?.title ?? '', labelPx) }
        : {}),
    };
  }

  /**
   * Whether a pinned event lies in the span the plan considered but was not titled: then it is planned again with
   * that event first. One already titled keeps its row, so moving focus among titles does not reshuffle them.
   */
  private untitledPinned(): boolean {
    const current = this.current;
    const placed = this.source.layout()?.placed;
    const { position } = this.source.shown();
    if (!current || !placed) return false;
    return this.source.pinned().some((id) => {
      const span = id === undefined || !position.has(id) ? undefined : placed.get(id);
      return span !== undefined && overlaps(span, current.range) && !this.titled.has(id as string);
    });
  }
}
